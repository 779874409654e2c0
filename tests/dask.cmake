# examples/dask/run_dask.py on a LocalCluster with two worker processes (Debian: python3-distributed), compared with
# a direct CLI run. Registered when the Python module is built.
if(TARGET zhfacts_python AND TARGET zhfacts_cli)
  add_test(NAME dask.local_cluster
           COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider -m dask ${CMAKE_CURRENT_SOURCE_DIR}/python)
  set_tests_properties(dask.local_cluster PROPERTIES
    ENVIRONMENT "PYTHONPATH=${ZHFACTS_PYTHON_PATH};ZHFACTS_CLI=$<TARGET_FILE:zhfacts_cli>;PYTHONDONTWRITEBYTECODE=1"
    TIMEOUT 900)
endif()
