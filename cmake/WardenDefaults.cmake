# One INTERFACE target carries the language level, Qt's strictness defines,
# warnings and hardening, so no directory-wide flags are needed.
add_library(warden_defaults INTERFACE)
target_compile_features(warden_defaults INTERFACE cxx_std_20)
target_compile_definitions(warden_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    WARDEN_VERSION="${PROJECT_VERSION}"
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_compile_options(warden_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
    -fstack-protector-strong)
if(NOT WARDEN_SANITIZE)
    target_compile_definitions(warden_defaults INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=3>)
endif()
if(WARDEN_SANITIZE)
    target_compile_options(warden_defaults INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(warden_defaults INTERFACE -fsanitize=address,undefined)
endif()

# warden_add_test(NAME SOURCE LIBS...) - one Qt Test executable per unit, run by CTest offscreen.
function(warden_add_test name source)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE warden_defaults Qt6::Test ${ARGN})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;LSAN_OPTIONS=detect_leaks=0"
        TIMEOUT 300)
endfunction()
