# The install test (cmake -P; registered by tests/install.cmake):
#   1. cmake --install the build tree into a fresh prefix;
#   2. check that only public headers were installed, plus the CMake package and zhfacts.pc;
#   3. configure and build this consumer with find_package(zhfacts) against that prefix, run it, check its output;
#   4. compile the same consumer with a plain `g++ $(pkg-config --cflags --libs zhfacts)` and run it.
# -DBUILD_DIR=<zhfacts build tree> -DWORK_DIR=<scratch dir> -DCXX=<c++ compiler> [-DPYTHON=<python3>]
cmake_minimum_required(VERSION 3.20)
set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

function(check_output what)
  # The amount is output_value once the 产值 metric is recognized, money before that.
  foreach(re "c\\+\\+ (output_value|money) 25363000000\n" "c\\+\\+ growth_rate 2\\.08\n"
          "c (output_value|money) 25363000000\n" "c growth_rate 2\\.08\n" "c date 2023\n" "zhfacts 0\\.1\\.0\n")
    if(NOT run_output MATCHES "${re}")
      message(FATAL_ERROR "${what}: expected a line matching '${re}' in:\n${run_output}")
    endif()
  endforeach()
endfunction()

# 1–2. Install and inspect.
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
file(GLOB_RECURSE headers RELATIVE ${prefix}/include ${prefix}/include/*)
list(SORT headers)
foreach(h IN LISTS headers)
  if(NOT h MATCHES "^zhfacts/[a-z_]+\\.h$")
    message(FATAL_ERROR "unexpected installed header: include/${h}")
  endif()
endforeach()
foreach(h zhfacts/zhfacts.h zhfacts/zhfacts_c.h zhfacts/record.h zhfacts/json.h)
  if(NOT h IN_LIST headers)
    message(FATAL_ERROR "include/${h} was not installed (installed: ${headers})")
  endif()
endforeach()
file(GLOB_RECURSE config ${prefix}/*/zhfactsConfig.cmake)
file(GLOB_RECURSE config_version ${prefix}/*/zhfactsConfigVersion.cmake)
file(GLOB_RECURSE targets ${prefix}/*/zhfactsTargets.cmake)
file(GLOB_RECURSE pc ${prefix}/*/zhfacts.pc)
if(NOT config OR NOT config_version OR NOT targets OR NOT pc)
  message(FATAL_ERROR "package files missing: config='${config}' version='${config_version}' targets='${targets}' "
                      "pc='${pc}'")
endif()

# The installed CLI runs from the prefix.
run(${prefix}/bin/zhfacts --version)
if(NOT run_output MATCHES "^zhfacts 0\\.1\\.0")
  message(FATAL_ERROR "installed zhfacts --version printed: ${run_output}")
endif()

# The installed Python package imports from the prefix (when the module was built).
file(GLOB_RECURSE py_init ${prefix}/*/__init__.py)
list(FILTER py_init INCLUDE REGEX "/dist-packages/zhfacts/__init__\\.py$")
if(py_init AND PYTHON)
  get_filename_component(py_dir ${py_init} DIRECTORY)
  get_filename_component(py_dir ${py_dir} DIRECTORY)
  run(${CMAKE_COMMAND} -E env PYTHONPATH=${py_dir} ${PYTHON} -c
      "import zhfacts\nprint(zhfacts.__file__)\nprint([r['value'] for r in zhfacts.extract('投资5亿元')])")
  if(NOT run_output MATCHES "^${prefix}/[^\n]*\n\\[500000000\\]\n$")
    message(FATAL_ERROR "installed Python package: ${run_output}")
  endif()
endif()

# 3. find_package consumer.
run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR}/consumer -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run(${WORK_DIR}/consumer/consumer)
check_output("find_package consumer")

# 4. pkg-config consumer.
get_filename_component(pc_dir ${pc} DIRECTORY)
set(ENV{PKG_CONFIG_PATH} ${pc_dir})
run(pkg-config --cflags --libs zhfacts)
string(STRIP "${run_output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run(pkg-config --variable=libdir zhfacts)
string(STRIP "${run_output}" libdir)
# The rpath matters only for a shared libzhfacts in a prefix the loader does not search.
run(${CXX} -std=c++17 -o ${WORK_DIR}/consumer_pc ${CMAKE_CURRENT_LIST_DIR}/main.cc ${flags} -Wl,-rpath,${libdir})
run(${WORK_DIR}/consumer_pc)
check_output("pkg-config consumer")
message(STATUS "installed, found and linked through find_package and pkg-config: ${prefix}")
