# CLI contract tests (tests/cli_test.py): one CTest test per case; exit status 77 means skipped.
if(TARGET zhfacts_cli)
  # The tests use Debian's python3-* packages: prefer Debian's interpreter over one earlier on PATH.
  if(NOT Python_EXECUTABLE AND EXISTS /usr/bin/python3)
    set(Python_EXECUTABLE /usr/bin/python3)
  endif()
  find_package(Python COMPONENTS Interpreter REQUIRED)
  foreach(case help_version exit_codes one_line_per_input_line interactive threads_identical locale_timezone_identical
               head_broken_pipe dev_full output_file_atomic text_inputs doc_too_large formats bad_input_at_scale
               streaming_memory lexicon tty_manners gnu_parallel
               pandas_csv libreoffice_csv)
    add_test(NAME cli.${case}
             COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli_test.py $<TARGET_FILE:zhfacts_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(cli.${case} PROPERTIES LABELS cli SKIP_RETURN_CODE 77 TIMEOUT 120)
  endforeach()
endif()
