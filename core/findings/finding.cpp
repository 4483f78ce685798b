#include "core/findings/finding.h"

#include "core/findings/findingcatalog.h"

namespace SmtpDoctor {

Finding Finding::make(FindingId id, QList<LocalizedText::Arg> args)
{
    Finding f;
    f.id = id;
    f.args = std::move(args);
    const FindingInfo& info = FindingCatalog::info(id);
    f.severity = info.severity;
    f.side = info.side;
    return f;
}

Reason Finding::reason() const
{
    return replyReason.value_or(FindingCatalog::info(id).reason);
}

LocalizedText Finding::title() const
{
    return { FindingCatalog::Context, FindingCatalog::info(id).title, args };
}

LocalizedText Finding::explanation() const
{
    return explanationText.value_or(
        LocalizedText { FindingCatalog::Context, FindingCatalog::info(id).explanation, args });
}

LocalizedText Finding::fix() const
{
    return fixText.value_or(LocalizedText { FindingCatalog::Context, FindingCatalog::info(id).fix, args });
}

} // namespace SmtpDoctor
