#pragma once

#include "core/knowledge/bouncetext.h"
#include "core/knowledge/explainer.h"

#include <QList>
#include <QStringView>

// Whose server answered. A table entry's side assumes the reply came from the server the user sends
// through; a delivery report or a sending server's log quotes the RECEIVING server instead ("host
// mx.example.org said: 452 4.3.1 Insufficient system resources"). There, what that server says about
// itself (busy, full, its limits, its rules, its encryption) is the receiving side's.
namespace SmtpDoctor::AnsweringSide {

// Whether the text relays a receiving server's reply: a delivery report, or the words MTAs and delivery
// reports put before it ("host ... said:", "Remote host said:", "Diagnostic-Code:", "SMTP error from
// remote mail server").
bool receivingServerQuoted(QStringView text, const BounceText& bounce);

// Whether a mail program or a sending library quotes the reply of the server it sent to ("The server
// responded: ...", "SMTP Error: ...", "SMTPDataError(554, ...)"): the user's own provider's server.
bool ownServerQuoted(QStringView text, const BounceText& bounce);

// Sets the side of reply items from whose server wrote the reply. Quoted by a delivery report, what
// that server says about itself (busy, full, its limits, its rules, a failed handshake) is the
// recipient's; quoted by a mail program, a refusal is the user's own provider's; pasted alone, a
// server's trouble or rules read as the receiving side's and a size limit as the user's message.
// Words a provider only says about the sender's own account (a daily sending limit) keep their side.
// A mail program that cannot connect to "localhost" points at the user's own machine: a setting.
void apply(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce);

} // namespace SmtpDoctor::AnsweringSide
