# The Python module's pytest suite (Debian's python3-pytest), run with PYTHONPATH at the built module and
# ZHFACTS_CLI at the CLI (to compare the module's records with the CLI's JSON). Registered only when the module is
# built (bindings/CMakeLists.txt: pybind11 found).
if(TARGET zhfacts_python)
  add_test(NAME python.pytest
           COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider -m "not dask" ${CMAKE_CURRENT_SOURCE_DIR}/python)
  set_tests_properties(python.pytest PROPERTIES
    ENVIRONMENT "PYTHONPATH=${ZHFACTS_PYTHON_PATH};ZHFACTS_CLI=$<TARGET_FILE:zhfacts_cli>;PYTHONDONTWRITEBYTECODE=1"
    TIMEOUT 600)
endif()
