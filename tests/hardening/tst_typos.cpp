// Issue 14, class 9: typos do not open the window. An unknown subcommand is a usage error: exit 2, one
// translated line on standard error suggesting the closest command, nothing on standard output, and no
// window. Run with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM): a program that
// tried to open the window would abort or hang instead of answering.
#include "mtafixture.h"

#include <QProcessEnvironment>
#include <QTest>

class TestTypos : public QObject
{
    Q_OBJECT
private slots:
    void unknownSubcommand_data();
    void unknownSubcommand();
    void stillWorks_data();
    void stillWorks();

private:
    static ProcessResult runHeadless(const QStringList& arguments);
};

ProcessResult TestTypos::runHeadless(const QStringList& arguments)
{
    // runSmtpDoctor adds to the environment; these make sure no display can be found.
    return runSmtpDoctor(arguments, {}, 20000,
        { QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY="),
            QStringLiteral("QT_QPA_PLATFORM=") });
}

void TestTypos::unknownSubcommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("word"); // the mistyped word, named back in the message
    QTest::addColumn<QString>("suggested"); // "" = no command is close: the line points to --help
    QTest::addColumn<QString>("language");
    for (const char* language : { "en", "ja" }) {
        QTest::addRow("chekc --host x, %s", language)
            << QStringList { QStringLiteral("chekc"), QStringLiteral("--host"), QStringLiteral("x") }
            << "chekc"
            << "check" << language;
        QTest::addRow("check-domian, %s", language)
            << QStringList { QStringLiteral("check-domian") } << "check-domian"
            << "check-domain" << language;
        QTest::addRow("explian with text, %s", language)
            << QStringList { QStringLiteral("explian"), QStringLiteral("550 5.1.1 user unknown") }
            << "explian"
            << "explain" << language;
        QTest::addRow("far from any command, %s", language)
            << QStringList { QStringLiteral("frobnicate") } << "frobnicate" << QString() << language;
    }
    QTest::newRow("CHECK in capitals") << QStringList { QStringLiteral("CHECK") } << "CHECK"
                                       << "check"
                                       << "en";
    QTest::newRow("chk") << QStringList { QStringLiteral("chk"), QStringLiteral("--format"),
        QStringLiteral("json") }
                         << "chk"
                         << "check"
                         << "en";
    QTest::newRow("after --preset FILE") << QStringList { QStringLiteral("--preset"),
        QStringLiteral("/nonexistent.ini"), QStringLiteral("chek") }
                                         << "chek"
                                         << "check"
                                         << "en";
    QTest::newRow("after Qt's -platform NAME")
        << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("expain") }
        << "expain"
        << "explain"
        << "en";
    QTest::newRow("with --help after it")
        << QStringList { QStringLiteral("chekc"), QStringLiteral("--help") } << "chekc"
        << "check"
        << "en";
    QTest::newRow("a file name") << QStringList { QStringLiteral("preset.ini") } << "preset.ini" << QString()
                                 << "en";
}

void TestTypos::unknownSubcommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, word);
    QFETCH(QString, suggested);
    QFETCH(QString, language);
    const ProcessResult r = runHeadless(QStringList { QStringLiteral("--lang"), language } + arguments);
    QVERIFY2(!r.timedOut, "the program waited instead of answering (a window?)");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(
        err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err)); // one line
    if (suggested.isEmpty()) {
        QVERIFY2(err.contains(QLatin1String("--help")), qPrintable(err));
    } else {
        QVERIFY2(err.contains(QLatin1Char('"') + suggested + QLatin1Char('"'))
                || err.contains(QStringLiteral("「") + suggested + QStringLiteral("」")),
            qPrintable(err));
    }
    // The word typed is named back, and the line is in the chosen language.
    QVERIFY2(err.contains(word), qPrintable(err));
    bool japanese = false;
    for (const QChar c : err)
        japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff);
    QCOMPARE(japanese, language == QLatin1String("ja"));
}

void TestTypos::stillWorks_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out"); // a part of standard output
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0
                            << QByteArray("smtpdoctor check");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                               << QByteArray("smtpdoctor ");
    QTest::newRow("check --help") << QStringList { QStringLiteral("check"), QStringLiteral("--help") } << 0
                                  << QByteArray("--host");
    QTest::newRow("explain with text")
        << QStringList { QStringLiteral("explain"), QStringLiteral("550 5.1.1 user unknown") } << 0
        << QByteArray("5.1.1");
    QTest::newRow("--lang ja --help")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help") } << 0
        << QByteArray("smtpdoctor check");
}

// The subcommands and the general options are untouched.
void TestTypos::stillWorks()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    const ProcessResult r = runHeadless(arguments);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(out), r.out.constData());
}

QTEST_GUILESS_MAIN(TestTypos)
#include "tst_typos.moc"
