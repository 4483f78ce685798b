#include "core/knowledge/replywords.h"

#include <QString>

namespace SmtpDoctor::ReplyWords {

// Header fields whose value may be a reply ("Diagnostic-Code: smtp; 550 ...", "Status: 5.1.1").
bool headerMayHoldReply(QStringView name)
{
    static const char* const names[] = { "diagnostic-code", "status", "reason", "error", "reply", "response",
        "smtp", "x-postfix-sender", "remote-mta-reply", "result", "server-response", "x-smtp-error",
        "permanent", "temporary", "transient" }; // mox: "permanent: 550 ..."
    for (const char* n : names)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Words after which a number is a reply: "host x said: 550", "Server Error: 550", "SMTP error 550".
bool isReplyKeyword(QStringView word)
{
    static const char* const words[] = { "said", "reply", "replied", "responded", "response", "error", "code",
        "status", "returned", "failed", "reason", "smtp", "esmtp", "answered", "answer", "dsn", "rejected", "rsp" };
    for (const char* w : words)
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    // A log's or a library's glued field name: "smtpStatus=554", "responseCode: 550", "replycode=421".
    static const char* const endings[] = { "status", "code", "reply", "response" };
    for (const char* e : endings)
        if (word.size() > qsizetype(qstrlen(e)) && word.endsWith(QLatin1String(e), Qt::CaseInsensitive))
            return true;
    return false;
}

bool endsWithSourceFile(QStringView before)
{
    // "worker.go:359:", "smtp.py:421", "Mailer.php:550": a source file and its line number.
    static const char* const extensions[] = { ".go", ".py", ".rs", ".js", ".ts", ".java", ".php", ".rb", ".c",
        ".cc", ".cpp", ".h", ".cs", ".kt", ".swift", ".pl", ".pm", ".scala", ".ex", ".exs" };
    for (const char* e : extensions)
        if (before.endsWith(QLatin1String(e), Qt::CaseInsensitive))
            return true;
    return false;
}

// Japanese words after which a mail program or a bounce quotes the reply ("サーバーの応答：550").
bool isJapaneseReplyWord(QStringView before)
{
    static const char16_t* const words[]
        = { u"応答", u"エラー", u"返答", u"回答", u"コード", u"理由", u"メッセージ", u"内容" };
    for (const char16_t* w : words)
        if (before.endsWith(QStringView(w)))
            return true;
    return false;
}

// Only markers before the code: quoting ("> ", "| "), indentation, and the transcript forms of sendmail
// ("<<< 550"), mail programs' logs ("S: 550", "<- 550") and swaks ("<~ 550").
bool isLineHead(QStringView prefix)
{
    QStringView rest = prefix.trimmed();
    while (!rest.isEmpty() && (rest.front() == QLatin1Char('>') || rest.front() == QLatin1Char('|')))
        rest = rest.mid(1).trimmed();
    if (rest.isEmpty())
        return true;
    static const char* const markers[]
        = { "<<<", "<<", "<", "<-", "<~", "<**", "s:", "server:", "r:", "recv:", "read:", "<--", "[s]" };
    for (const char* m : markers)
        if (rest.compare(QLatin1String(m), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool endsWithServerArrow(QStringView prefix)
{
    return prefix.trimmed().endsWith(QLatin1String("=>"));
}

bool isExceptionName(QStringView word)
{
    return word.size() > 5 && word.endsWith(QLatin1String("Error"));
}

bool namesExpectedCode(QStringView beforeKeyword)
{
    // The last word or two, whole: "unexpected" is not "expected".
    QStringView rest = beforeKeyword.trimmed();
    if (rest.endsWith(QLatin1String(" response"), Qt::CaseInsensitive))
        rest = rest.chopped(9).trimmed();
    const qsizetype space = rest.lastIndexOf(QLatin1Char(' '));
    return rest.mid(space + 1).compare(QLatin1String("expected"), Qt::CaseInsensitive) == 0;
}

bool endsWithFailureAndSeparator(QStringView prefix)
{
    qsizetype cut = 0;
    for (const char* separator : { " - ", ", ", " (" })
        if (prefix.endsWith(QLatin1String(separator)))
            cut = qsizetype(qstrlen(separator));
    if (cut == 0)
        return false;
    const QStringView before = prefix.chopped(cut);
    return before.contains(QLatin1String("error"), Qt::CaseInsensitive)
        || before.contains(QLatin1String("fail"), Qt::CaseInsensitive);
}

bool endsWithCountedWord(QStringView before)
{
    qsizetype k = before.size();
    while (k > 0 && before[k - 1].unicode() >= '0' && before[k - 1].unicode() <= '9')
        --k;
    if (before.size() - k > 3 || k < 2 || before[k - 1] != QLatin1Char(' '))
        return false;
    const QStringView word = before.left(k - 1);
    for (const char* counted : { "email", "mail", "message", "recipient", "attempt", "try" })
        if (word.endsWith(QLatin1String(counted), Qt::CaseInsensitive))
            return true;
    return false;
}

bool endsWithSaid(QStringView before)
{
    return before.trimmed().endsWith(QLatin1String("said:"), Qt::CaseInsensitive);
}

} // namespace SmtpDoctor::ReplyWords
