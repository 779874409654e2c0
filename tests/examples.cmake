# Examples are tests: each example program runs on the bundled articles and its stdout must equal the checked-in
# examples/<name>/expected_output.txt. Regenerate on purpose (after an extractor change) with
#   ZHFACTS_REGENERATE=1 ctest --test-dir build -R '^example\.'
# and review the diff. Included by tests/CMakeLists.txt.
if(TARGET api_tour)
  set(_zhfacts_examples_data ${PROJECT_SOURCE_DIR}/examples/data)
  function(zhfacts_example_test name target expected)
    list(JOIN ARGN "|" args)
    add_test(NAME example.${name}
             COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> "-DARGS=${args}"
                     -DEXPECTED=${PROJECT_SOURCE_DIR}/examples/${expected}
                     -DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/example.${name}.actual.txt
                     -DWORKDIR=${_zhfacts_examples_data}
                     -P ${CMAKE_CURRENT_SOURCE_DIR}/examples/compare_output.cmake)
  endfunction()
  zhfacts_example_test(api_tour api_tour api_tour/expected_output.txt 2024-06-18)
  zhfacts_example_test(c_api c_api_example c_api/expected_output.txt sample_article.txt 2024-06-18)
  zhfacts_example_test(growth_table growth_table growth_table/expected_output.txt articles 2024-06-18)
  zhfacts_example_test(compute_report compute_report compute_report/expected_output.txt
                       --reference-date 2024-06-18 articles/03_compute_hubs.txt sample_article.txt)
endif()
