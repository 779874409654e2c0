# The date conformance runner: Recognizers-Text's Chinese DateTime specs through the date engine
# (tests/conformance/date_conformance.cc, mapping in docs/conformance-dates.md). Skipped, not failed, when
# ../shared/conformance is absent. The minimums are floors under the measured figures, so a regression fails.
add_executable(date_conformance ${CMAKE_CURRENT_SOURCE_DIR}/conformance/date_conformance.cc)
target_include_directories(date_conformance PRIVATE ${PROJECT_SOURCE_DIR}/lib)
target_link_libraries(date_conformance PRIVATE zhfacts::zhfacts nlohmann_json::nlohmann_json)
add_test(NAME date_conformance
         COMMAND date_conformance ${PROJECT_SOURCE_DIR}/../shared/conformance/recognizers-text-zh
                 --min-date 80 --min-model 85)
set_tests_properties(date_conformance PROPERTIES SKIP_RETURN_CODE 77 LABELS conformance)
