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

// Moves the items that describe the answering server's own state to the recipient's side when that
// server is the receiving one. Words a provider only says about the sender's own account (a daily
// sending limit) keep their side. A spam refusal that a mail program quotes moves the other way: the
// user's own provider's outgoing filter refused it.
void apply(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce);

} // namespace SmtpDoctor::AnsweringSide
