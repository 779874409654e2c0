# Golden whole-article tests (tests/golden/run_golden.py): the CLI's output on each article of tests/data/articles/
# must equal the checked-in tests/golden/<article>.jsonl. Regenerate on purpose, then review the diff:
#   ZHFACTS_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
find_package(Python COMPONENTS Interpreter)
if(Python_Interpreter_FOUND AND TARGET zhfacts_cli)
  add_test(NAME golden.articles
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/golden/run_golden.py
                   --zhfacts $<TARGET_FILE:zhfacts_cli>)
  set_tests_properties(golden.articles PROPERTIES LABELS golden)
endif()
