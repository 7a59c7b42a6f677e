#include "requirementsbar.h"

#include "icons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
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
    , m_list(new QToolButton(this))
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
    m_list->setText(tr("One per Line…"));
    m_list->setToolTip(tr("Edit the requirements as a list, one per line (paste them from a job ad)"));
    m_list->setAutoRaise(true);
    m_aliases->setText(tr("Skill Aliases…"));
    m_aliases->setToolTip(tr("Which names mean the same skill (Golang = Go) and which are related"));
    m_aliases->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
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
    connect(m_list, &QToolButton::clicked, this, &RequirementsBar::editAsList);
}

void RequirementsBar::editAsList()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Role Needs"));
    auto *editor = new QPlainTextEdit(&dialog);
    editor->setObjectName(QStringLiteral("requirementsList"));
    QStringList items;
    for (const QString &item : text().split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    editor->setPlainText(items.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("One skill per line; start a line with ! for a must-have."), &dialog));
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    dialog.resize(360, 320);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList lines;
    for (const QString &line : editor->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    m_field->setText(lines.join(QStringLiteral(", ")));
    m_debounce->stop();
    Q_EMIT requirementsChanged(text());
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
