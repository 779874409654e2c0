# Stress test (label "stress"): linear cost on pathological inputs and constant memory on a 1 GiB JSONL stream.
# About a minute; excluded from quick local runs with `ctest -LE stress`, run in CI by scripts/test.sh.
add_test(NAME stress COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/stress/stress.py $<TARGET_FILE:zhfacts_cli>)
set_tests_properties(stress PROPERTIES LABELS "stress" TIMEOUT 900 RUN_SERIAL TRUE)
