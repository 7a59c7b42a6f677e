#include "requirementsbar.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace Shortlist {

RequirementsBar::RequirementsBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_aliases(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    auto *label = new QLabel(tr("Role &needs:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Go, Kubernetes, PostgreSQL, !Rust   (! marks a must-have)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("The skills the role needs, separated by commas. Every candidate gets a match "
                           "score: a skill they list (or an alias of it) meets a requirement; a related skill, "
                           "or the skill named only in their CV's text, meets it partly."));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_aliases->setText(tr("Skill Aliases…"));
    m_aliases->setToolTip(tr("Which names mean the same skill (Golang = Go) and which are related"));
    m_aliases->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_aliases);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT requirementsChanged(text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT requirementsChanged(text());
    });
    connect(m_aliases, &QToolButton::clicked, this, &RequirementsBar::editAliasesRequested);
}

QString RequirementsBar::text() const
{
    return m_field->text();
}

void RequirementsBar::setText(const QString &text)
{
    const QSignalBlocker blocker(m_field);
    m_field->setText(text);
    m_debounce->stop();
}

void RequirementsBar::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

} // namespace Shortlist
