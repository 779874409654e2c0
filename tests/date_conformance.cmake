# The date conformance runner: Recognizers-Text's Chinese DateTime specs through the date engine
# (tests/conformance/date_conformance.cc, mapping in docs/conformance-dates.md). Skipped, not failed, when
# ../shared/conformance is absent. The minimums are the targets of issue 4 (90% date + date-period, 85% DateTimeModel
# in scope); cases in conformance/date_exclusions.tsv do not count.
add_executable(date_conformance ${CMAKE_CURRENT_SOURCE_DIR}/conformance/date_conformance.cc)
target_include_directories(date_conformance PRIVATE ${PROJECT_SOURCE_DIR}/lib)
target_link_libraries(date_conformance PRIVATE zhfacts::zhfacts nlohmann_json::nlohmann_json)
add_test(NAME date_conformance
         COMMAND date_conformance ${PROJECT_SOURCE_DIR}/../shared/conformance/recognizers-text-zh
                 --min-date 90 --min-model 85
                 --exclusions ${CMAKE_CURRENT_SOURCE_DIR}/conformance/date_exclusions.tsv)
set_tests_properties(date_conformance PROPERTIES SKIP_RETURN_CODE 77 LABELS conformance)
