include_guard(GLOBAL)

# smtpdoctor_add_wrapped_qtest(<name> WRAPPER <script> SOURCES <files...> [LIBS ...] [LABELS ...]
#                              [FIXTURES ...] [TIMEOUT s] [ENVIRONMENT ...])
# Like smtpdoctor_add_qtest (tests/CMakeLists.txt), but ctest starts the test binary through WRAPPER,
# a script that prepares the world the test needs (a private keyring, a network namespace with its
# own DNS) and then runs its arguments.
function(smtpdoctor_add_wrapped_qtest name)
    cmake_parse_arguments(arg "" "TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE smtpdoctor_core Qt6::Test smtpdoctor_options ${arg_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND sh "${arg_WRAPPER}" $<TARGET_FILE:${name}>)
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT} LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SMTPDOCTOR_BINARY=$<TARGET_FILE:smtpdoctor>;SMTPDOCTOR_TEST_STATE=${CMAKE_BINARY_DIR}/test-state;${arg_ENVIRONMENT}")
    if(arg_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${arg_FIXTURES}")
    endif()
    if("mta" IN_LIST arg_FIXTURES)
        # As in smtpdoctor_add_qtest: tests that read the shared Postfix's log run one at a time.
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK mta_log)
    endif()
endfunction()
