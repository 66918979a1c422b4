# libFuzzer target for the seat-plan importers (boxoffice_venue, QtCore only), included by this
# folder's CMakeLists.txt once a clang fuzz build is set up; the library is then compiled for it.
qt_add_executable(fuzz_hallplan fuzz_hallplan.cpp)
target_compile_options(fuzz_hallplan PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
target_link_options(fuzz_hallplan PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(fuzz_hallplan PRIVATE boxoffice_venue)

set(fuzz_hallplan_corpus ${CMAKE_CURRENT_BINARY_DIR}/corpus-hallplan)
file(MAKE_DIRECTORY ${fuzz_hallplan_corpus})
add_test(NAME fuzz_hallplan
  COMMAND fuzz_hallplan -max_total_time=${BOXOFFICE_FUZZ_SECONDS} -rss_limit_mb=2048 -timeout=10
          ${fuzz_hallplan_corpus} ${CMAKE_CURRENT_SOURCE_DIR}/corpus-hallplan)
set_tests_properties(fuzz_hallplan PROPERTIES TIMEOUT 120 LABELS fuzz)
