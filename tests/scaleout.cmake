# Scale-out contract: the JSONL filter under GNU parallel --pipe --keep-order equals a direct run.
find_program(GNU_PARALLEL parallel)
if(GNU_PARALLEL)
  add_test(NAME gnu_parallel COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scaleout/gnu_parallel_test.sh
           $<TARGET_FILE:zhfacts_cli>)
endif()
