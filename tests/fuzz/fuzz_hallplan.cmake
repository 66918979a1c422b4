# libFuzzer target for the seat-plan importers (src/core/venue, QtCore only), included by this
# folder's CMakeLists.txt once a clang fuzz build is set up. Its sources are compiled into the
# target itself so that all of them carry libFuzzer's coverage instrumentation.
set(venue ${boxoffice_root}/src/core/venue)
qt_add_executable(fuzz_hallplan fuzz_hallplan.cpp
  ${venue}/hallplan.cpp ${venue}/planproblem.cpp ${venue}/hallplanvalidator.cpp ${venue}/planjsonreader.cpp
  ${venue}/hallplanfile.cpp ${venue}/pretixplanimport.cpp
)
target_include_directories(fuzz_hallplan PRIVATE ${venue})
target_compile_options(fuzz_hallplan PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
target_link_options(fuzz_hallplan PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(fuzz_hallplan PRIVATE Qt6::Core boxoffice_options)

set(fuzz_hallplan_corpus ${CMAKE_CURRENT_BINARY_DIR}/corpus-hallplan)
file(MAKE_DIRECTORY ${fuzz_hallplan_corpus})
add_test(NAME fuzz_hallplan
  COMMAND fuzz_hallplan -max_total_time=${BOXOFFICE_FUZZ_SECONDS} -rss_limit_mb=2048 -timeout=10
          ${fuzz_hallplan_corpus} ${CMAKE_CURRENT_SOURCE_DIR}/corpus-hallplan)
set_tests_properties(fuzz_hallplan PROPERTIES TIMEOUT 120 LABELS fuzz)
