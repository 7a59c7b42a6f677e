#include "skillpicker.h"

#include "icons.h"
#include "library/librarymodel.h"
#include "library/searchtext.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace Shortlist {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

struct SkillCount
{
    QString name; // the spelling most candidates use
    int candidates = 0;
    QHash<QString, int> spellings;
};

QHash<QString, SkillCount> countSkills(const LibraryModel &library)
{
    QHash<QString, SkillCount> counts;
    for (int row = 0; row < library.rowCount(); ++row) {
        const LibraryEntry &entry = library.entry(row);
        if (!entry.isValid())
            continue;
        for (const QString &key : entry.skillKeys)
            ++counts[key].candidates;
        for (const SkillGroup &group : entry.profile.skills) {
            for (const Skill &skill : group.keywords)
                ++counts[foldedForSearch(skill.name).trimmed()].spellings[skill.name.trimmed()];
        }
    }
    for (SkillCount &count : counts) {
        int best = 0;
        for (auto it = count.spellings.cbegin(); it != count.spellings.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < count.name)) {
                best = it.value();
                count.name = it.key();
            }
        }
    }
    return counts;
}

} // namespace

SkillPicker::SkillPicker(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(themeIcon(QStringLiteral("view-filter")));
    setToolTip(tr("Show only candidates who have all of the ticked skills"));

    m_menu = new QMenu(this);
    auto *panel = new QWidget(m_menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Find a skill"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(panel);
    m_list->setMinimumSize(260, 320);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);

    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        fillList();
        m_search->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, this, &SkillPicker::filterList);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(kKeyRole).toString();
        QStringList chosen = m_chosen;
        if (item->checkState() == Qt::Checked && !chosen.contains(key)) {
            chosen.append(key);
            m_nameOfKey.insert(key, item->data(Qt::UserRole).toString());
        } else if (item->checkState() == Qt::Unchecked) {
            chosen.removeAll(key);
        }
        if (chosen == m_chosen)
            return;
        m_chosen = chosen;
        updateText();
        Q_EMIT chosenSkillsChanged(m_chosen);
    });
    updateText();
}

void SkillPicker::setChosenSkills(const QStringList &skillKeys)
{
    if (skillKeys == m_chosen)
        return;
    m_chosen = skillKeys;
    updateText();
    Q_EMIT chosenSkillsChanged(m_chosen);
}

void SkillPicker::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_library)
        return;
    const QHash<QString, SkillCount> counts = countSkills(*m_library);
    QStringList keys = counts.keys();
    // The most common skills first, then by name.
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int ca = counts.value(a).candidates, cb = counts.value(b).candidates;
        return ca != cb ? ca > cb : a < b;
    });
    for (const QString &key : std::as_const(keys)) {
        const SkillCount &count = counts[key];
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(count.name).arg(count.candidates), m_list);
        item->setData(kKeyRole, key);
        item->setData(Qt::UserRole, count.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void SkillPicker::filterList(const QString &text)
{
    const QString folded = foldedForSearch(text.trimmed());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!item->data(kKeyRole).toString().contains(folded));
    }
}

QStringList SkillPicker::offeredSkills()
{
    fillList();
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts.append(m_list->item(i)->text());
    return texts;
}

void SkillPicker::updateText()
{
    if (m_chosen.isEmpty()) {
        setText(tr("Skills"));
        return;
    }
    QStringList names;
    for (const QString &key : std::as_const(m_chosen))
        names.append(m_nameOfKey.value(key, key));
    const QString all = names.join(QStringLiteral(", "));
    setText(fontMetrics().elidedText(tr("Skills: %1").arg(all), Qt::ElideRight, 260));
    setToolTip(tr("Candidates must have all of: %1").arg(all));
}

} // namespace Shortlist
