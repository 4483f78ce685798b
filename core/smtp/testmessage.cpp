#include "core/smtp/testmessage.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

namespace SmtpDoctor {

namespace {

QByteArray encodedWord(const QString& text)
{
    // RFC 2047: plain ASCII stays as it is, anything else becomes =?UTF-8?B?...?=.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    return ascii ? text.toLatin1() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray foldedBase64(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

QByteArray buildTestMessage(const QString& from, const QString& to, const QString& subject, const QString& body)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString domain = from.contains(QLatin1Char('@')) ? from.section(QLatin1Char('@'), -1) : QStringLiteral("smtpdoctor.invalid");
    QByteArray m;
    const int offsetMinutes = now.offsetFromUtc() / 60;
    const QByteArray zone = QStringLiteral("%1%2%3")
                                .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                .arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                                .arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'))
                                .toLatin1();
    m += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")).toLatin1() + zone + "\r\n";
    m += "From: <" + from.toUtf8() + ">\r\n";
    m += "To: <" + to.toUtf8() + ">\r\n";
    m += "Subject: " + encodedWord(subject) + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" + domain.toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "X-Mailer: SMTP Doctor " SMTPDOCTOR_VERSION "\r\n";
    m += "\r\n";
    m += foldedBase64(body.toUtf8());
    return m;
}

} // namespace SmtpDoctor
