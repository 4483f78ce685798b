#pragma once

#include "core/knowledge/knowledgetypes.h"
#include "core/smtp/smtpreply.h"

#include <QList>
#include <QString>

namespace SmtpDoctor {

// One server reply found in pasted text: a basic code and/or an enhanced code, with the text that
// belongs to it (continuation lines of a multi-line reply and wrapped lines of a bounce included).
struct FoundReply
{
    int code = 0; // 0 when only an enhanced code was found ("Status: 5.1.1")
    EnhancedStatus enhanced;
    ReplyStage stage = ReplyStage::Any; // from "(in reply to RCPT TO command)", "after MAIL FROM:"...
    qsizetype lineStart = 0; // the start of the line the reply begins on (words before the code belong to it)
    qsizetype start = 0; // span in the original text
    qsizetype end = 0;
    QString match; // the reply as one line, control characters visible, at most MaxMatch characters
    // Found in a delivery report's "Status:" field: words after it are the reporting MTA's description of
    // the code ("5.2.1 (mailbox disabled...)"), not the server's.
    bool statusField = false;
    // An enhanced code alone before the full reply on the same line ("5.1.0 - Unknown address error
    // 550-'5.2.2 ...'", Amazon SES): the reporting server's summary, which the quoted reply outranks.
    bool summary = false;
};

// Finds reply codes in free text line by line without regular expressions: a three-digit code counts
// where a reply can stand (line start, after "said:", "smtp;", a quote...) or when an enhanced code of
// the same class follows it; an enhanced code alone counts after "Status:", "#", "(" and similar.
namespace ReplyScanner {

constexpr int MaxMatch = 300;
constexpr int MaxReplies = 200;

QList<FoundReply> scan(QStringView text);
// The stage a reply answered, from the words around it ("in reply to end of DATA command").
ReplyStage stageFromContext(QStringView lowercaseContext);

} // namespace ReplyScanner

} // namespace SmtpDoctor
