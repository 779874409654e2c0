# Real CLI output validated against schemas/*.schema.json (python3-jsonschema, Draft 2020-12, FormatChecker).
if(TARGET zhfacts_cli)
  # The tests use Debian's python3-* packages: prefer Debian's interpreter over one earlier on PATH.
  if(NOT Python_EXECUTABLE AND EXISTS /usr/bin/python3)
    set(Python_EXECUTABLE /usr/bin/python3)
  endif()
  find_package(Python COMPONENTS Interpreter REQUIRED)
  add_test(NAME schema_validation
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/validate_schemas.py $<TARGET_FILE:zhfacts_cli>
                   ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/../shared)
  set_tests_properties(schema_validation PROPERTIES LABELS "schema;cli" TIMEOUT 120)
endif()
