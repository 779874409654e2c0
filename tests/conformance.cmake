# Conformance against Microsoft Recognizers-Text's Chinese specs (docs/conformance.md).
# The data lives outside the repository, in ../shared/conformance/recognizers-text-zh; without it the test is
# skipped (exit 77), not failed. ZHFACTS_CONFORMANCE_ENFORCE lists the models whose target decides pass/fail.
set(ZHFACTS_CONFORMANCE_DATA "${PROJECT_SOURCE_DIR}/../shared/conformance/recognizers-text-zh"
    CACHE PATH "Recognizers-Text Chinese specs as JSONL")
set(ZHFACTS_CONFORMANCE_ENFORCE "NumberModel,PercentModel,CurrencyModel,DimensionModel"
    CACHE STRING "Comma-separated models whose conformance target must be met (or: all)")

add_executable(conformance_runner ${CMAKE_CURRENT_SOURCE_DIR}/conformance/conformance_runner.cc)
target_include_directories(conformance_runner PRIVATE ${PROJECT_SOURCE_DIR}/lib)
target_link_libraries(conformance_runner PRIVATE zhfacts::zhfacts)

add_test(NAME conformance
         COMMAND conformance_runner
                 --data ${ZHFACTS_CONFORMANCE_DATA}
                 --exclusions ${CMAKE_CURRENT_SOURCE_DIR}/conformance/exclusions.tsv
                 --units ${CMAKE_CURRENT_SOURCE_DIR}/conformance/units.tsv
                 --enforce ${ZHFACTS_CONFORMANCE_ENFORCE}
                 --json ${CMAKE_CURRENT_BINARY_DIR}/conformance.json)
set_tests_properties(conformance PROPERTIES SKIP_RETURN_CODE 77 LABELS conformance)
