#pragma once

#include <QString>

// Moves the calling process (call it first thing in main(), before any thread or socket exists) into a
// network namespace of its own with only a loopback interface, up. Servers there can listen on the
// standard mail ports (465, 587, 25, 2525) without meeting anything else on this machine, and the
// programs the test starts inherit it, so that their background probes of those ports see only what
// the test put there. Needs root (CAP_SYS_ADMIN); returns why not, empty on success.
QString enterPrivateNetwork();

// Why the test's private network could not be made (empty: it was). Tests QSKIP with it.
QString privateNetworkError();

// QTEST_GUILESS_MAIN, in a private network: initTestCase() QSKIPs with privateNetworkError() if any.
#define SMTPDOCTOR_PRIVATE_NETWORK_MAIN(TestObject)                                                          \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        enterPrivateNetwork();                                                                               \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
