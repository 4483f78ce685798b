#pragma once

#include "core/knowledge/knowledgetypes.h"

#include <QList>
#include <QString>

#include <vector>

namespace SmtpDoctor {

// Input prepared for phrase matching: lowercased, every run of white space (line ends included) turned
// into one space, with the position in the original text of every character kept.
struct FoldedText
{
    QString text;
    std::vector<qsizetype>
        origin; // origin[i] = index in the original of text[i]; one extra entry = original size

    static FoldedText fold(QStringView original);
};

// Where a known provider text or phrase occurs in the original text.
struct PhraseHit
{
    const TextEntry* entry = nullptr;
    int order = 0; // the entry's position in TextEntries::all(): earlier wins a tie
    qsizetype start = 0; // in the original text
    qsizetype end = 0; // one past the last character
};

// Finds every TextEntry pattern in one pass (Aho-Corasick over the first fragment of each pattern,
// then a bounded check of the fragments after each '*'). Linear in the input; at most MaxHitsPerEntry
// places are kept for an entry, so repetitive input cannot make it slow.
class PhraseMatcher
{
public:
    static constexpr int MaxHitsPerEntry = 8;
    static constexpr int MaxGap = 60; // what '*' may stand for, in folded characters

    static const PhraseMatcher& instance();
    QList<PhraseHit> find(const FoldedText& folded) const;

private:
    PhraseMatcher();
    static QList<PhraseHit> withoutCoveredHits(const QList<PhraseHit>& hits);

    struct Alternative
    {
        int entry;
        QStringList fragments; // split at '*'
    };
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by character
        int fail = 0;
        int dictLink = -1; // nearest node on the fail chain that ends an alternative
        std::vector<int> outputs; // alternatives whose first fragment ends here
    };

    int child(int node, char16_t c) const;
    bool verify(const FoldedText& folded, const Alternative& alt, qsizetype firstStart, qsizetype firstEnd,
        qsizetype* matchEnd) const;

    std::vector<Node> m_nodes;
    std::vector<int>
        m_root; // the root's child for every UTF-16 unit: most characters of any input start there
    std::vector<Alternative> m_alternatives;
    QList<const TextEntry*> m_entries;
};

} // namespace SmtpDoctor
