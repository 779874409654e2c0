# Runs one example and compares its stdout with a checked-in expected output (cmake -P script, see
# tests/examples.cmake). With the environment variable ZHFACTS_REGENERATE=1 it rewrites the expected file instead:
#   ZHFACTS_REGENERATE=1 ctest --test-dir build -R '^example\.'   # then review `git diff examples/`
# -DPROGRAM=exe -DARGS="a|b|c" -DEXPECTED=file -DACTUAL=file-in-build-dir [-DWORKDIR=dir]
string(REPLACE "|" ";" args "${ARGS}")
if(NOT WORKDIR)
  set(WORKDIR ${CMAKE_CURRENT_LIST_DIR})
endif()
execute_process(COMMAND ${PROGRAM} ${args} WORKING_DIRECTORY ${WORKDIR}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\n${err}")
endif()
if("$ENV{ZHFACTS_REGENERATE}" STREQUAL "1")
  file(WRITE ${EXPECTED} "${out}")
  message(STATUS "regenerated ${EXPECTED}")
  return()
endif()
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "${EXPECTED} is missing; create it with ZHFACTS_REGENERATE=1")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${ACTUAL} "${out}")
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL})
  message(FATAL_ERROR "output differs from ${EXPECTED} (actual: ${ACTUAL}). If the change is intended, "
                      "regenerate with ZHFACTS_REGENERATE=1 and review the diff.")
endif()
