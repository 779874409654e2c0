# Spreadsheet check (issue 7): the CLI's --format csv on the bundled articles, read by pandas and by LibreOffice
# headless (Debian: libreoffice-calc-nogui, python3-openpyxl, python3-pandas). Chinese text, numbers and dates must
# arrive intact. The LibreOffice test is skipped (exit 77) where soffice is not installed.
if(NOT Python_EXECUTABLE)
  find_package(Python 3 COMPONENTS Interpreter QUIET)
endif()
if(TARGET zhfacts_cli AND Python_EXECUTABLE)
  set(_zhfacts_sheet_args $<TARGET_FILE:zhfacts_cli> ${PROJECT_SOURCE_DIR}/examples/data sample_article.txt
      articles/01_lanshan_industry.txt articles/02_hexi_economy.txt articles/03_compute_hubs.txt)
  add_test(NAME spreadsheet.pandas
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/spreadsheet/check_csv.py pandas
                   ${_zhfacts_sheet_args})
  add_test(NAME spreadsheet.libreoffice
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/spreadsheet/check_csv.py libreoffice
                   ${_zhfacts_sheet_args})
  set_tests_properties(spreadsheet.pandas spreadsheet.libreoffice PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
endif()
