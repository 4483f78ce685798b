// Fuzzes `smtpdoctor explain`: whatever a user pastes (a reply, an error message, a whole bounce,
// possibly hostile) is searched for codes, phrases and provider texts without crashing, and what it
// shows back of the input has its control characters made visible.
#include "core/knowledge/explainer.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<ExplanationItem> items = Explainer::explain(text);
    for (const ExplanationItem& item : items) {
        FUZZ_CHECK(!hasUnsafeCharacter(item.match));
        FUZZ_CHECK(item.code == 0 || (item.code >= 100 && item.code <= 599));
        item.title.toString();
        item.explanation.toString();
        item.fix.toString();
    }
    return 0;
}
