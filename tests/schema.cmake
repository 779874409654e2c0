# Real CLI output validated against schemas/*.schema.json (python3-jsonschema, Draft 2020-12, FormatChecker).
if(TARGET zhfacts_cli)
  find_package(Python COMPONENTS Interpreter REQUIRED)
  add_test(NAME schema_validation
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/validate_schemas.py $<TARGET_FILE:zhfacts_cli>
                   ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/../shared)
  set_tests_properties(schema_validation PROPERTIES LABELS "schema;cli" TIMEOUT 120)
endif()
