#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// The system browser of the tests: Debian's Chromium, headless, with a fresh profile, trusting the test
// provider's certificate only (by its key), and nothing else changed. It follows the provider's pages
// (the consent page presses its own button) and its redirect back to the program's loopback listener.
class HeadlessBrowser
{
public:
    explicit HeadlessBrowser(const QString& providerSpki);
    ~HeadlessBrowser(); // stops Chromium (bounded)

    bool open(const QUrl& url);
    QByteArray output() const;

private:
    QString m_spki;
    QTemporaryDir m_profile;
    QProcess m_process;
};
