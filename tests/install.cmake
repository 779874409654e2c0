# Install test: install the build tree into a temporary prefix and build tests/find_package_test/ against it with
# find_package(zhfacts) and with pkg-config. Needs the whole build (cmake --install installs every target).
if(ZHFACTS_INSTALL)
  add_test(NAME install.find_package
           COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                   -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install_test -DCXX=${CMAKE_CXX_COMPILER} "-DPYTHON=${Python_EXECUTABLE}"
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/find_package_test/run_install_test.cmake)
  set_tests_properties(install.find_package PROPERTIES RUN_SERIAL TRUE TIMEOUT 600)
endif()
