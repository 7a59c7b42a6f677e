#include "profileform.h"

#include "icons.h"
#include "library/libraryentry.h"
#include "timeline/today.h"

#include <QCheckBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The property a line edit keeps its path in, and the value it last showed.
constexpr const char *kPath = "shortlistPath";
constexpr const char *kShown = "shortlistShown";

QString dateText(const Date &date)
{
    return date.value.toIsoString();
}

// Languages, certificates and projects: short entries whose fields are edited in place or
// removed as a whole; new ones are written in the text.
struct BriefField
{
    QString key;
    QString label;
    const Text *text;
};
struct BriefEntry
{
    QString path; // "languages[0]"
    QList<BriefField> fields;
};
struct BriefSection
{
    QString title;
    QString removeTip;
    QList<BriefEntry> entries;
};

QList<BriefSection> briefSections(const Profile &profile)
{
    BriefSection languages {ProfileForm::tr("Languages"), ProfileForm::tr("Remove this language"), {}};
    for (qsizetype i = 0; i < profile.languages.size(); ++i) {
        const Language &l = profile.languages[i];
        languages.entries.append({u"languages[%1]"_s.arg(i),
            {{u"language"_s, ProfileForm::tr("Language"), &l.language}, {u"fluency"_s, ProfileForm::tr("Level"), &l.fluency}}});
    }
    BriefSection certificates {ProfileForm::tr("Certificates"), ProfileForm::tr("Remove this certificate"), {}};
    for (qsizetype i = 0; i < profile.certificates.size(); ++i) {
        const Certificate &c = profile.certificates[i];
        certificates.entries.append({u"certificates[%1]"_s.arg(i),
            {{u"name"_s, ProfileForm::tr("Name"), &c.name}, {u"issuer"_s, ProfileForm::tr("Issuer"), &c.issuer}}});
    }
    // A project's description is prose, often several lines: the text editor is the place for it.
    BriefSection projects {ProfileForm::tr("Projects"), ProfileForm::tr("Remove this project"), {}};
    for (qsizetype i = 0; i < profile.projects.size(); ++i) {
        const Project &project = profile.projects[i];
        projects.entries.append({u"projects[%1]"_s.arg(i),
            {{u"name"_s, ProfileForm::tr("Name"), &project.name}}});
    }
    return {languages, certificates, projects};
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The form is as wide as its pane: long values scroll inside their fields.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString ProfileForm::shapeOf(const Profile &profile)
{
    QStringList shape;
    for (const Position &p : profile.work)
        shape.append(u"w%1%2"_s.arg(p.highlights.size()).arg(p.ongoing ? u"o"_s : QString()));
    for (const SkillGroup &g : profile.skills)
        shape.append(u"s%1"_s.arg(g.keywords.size()));
    shape.append(u"e%1"_s.arg(profile.education.size()));
    shape.append(u"l%1c%2p%3"_s.arg(profile.languages.size()).arg(profile.certificates.size()).arg(profile.projects.size()));
    return shape.join(u' ');
}

void ProfileForm::setProfile(const Profile &profile)
{
    const QString shape = shapeOf(profile);
    if (shape != m_shape || !m_page) {
        m_shape = shape;
        rebuild(profile);
        return;
    }
    // Same shape: new values into the fields, except the one being typed in.
    QHash<QString, std::pair<QString, SourceRange>> values;
    const Basics &b = profile.basics;
    values.insert(u"basics.name"_s, {b.name.value, b.name.range});
    values.insert(u"basics.label"_s, {b.label.value, b.label.range});
    values.insert(u"basics.location"_s, {b.location.text, b.location.range});
    values.insert(u"basics.email"_s, {b.email.value, b.email.range});
    values.insert(u"basics.phone"_s, {b.phone.value, b.phone.range});
    for (qsizetype i = 0; i < profile.work.size(); ++i) {
        const Position &p = profile.work[i];
        const QString w = u"work[%1]."_s.arg(i);
        values.insert(w + u"position"_s, {p.title.value, p.title.range});
        values.insert(w + u"name"_s, {p.company.value, p.company.range});
        values.insert(w + u"location"_s, {p.location.value, p.location.range});
        values.insert(w + u"startDate"_s, {dateText(p.start), p.start.range});
        values.insert(w + u"endDate"_s, {p.ongoing ? QString() : dateText(p.end), p.end.range});
        for (qsizetype h = 0; h < p.highlights.size(); ++h)
            values.insert(w + u"highlights[%1]"_s.arg(h), {p.highlights[h].value, p.highlights[h].range});
    }
    for (qsizetype g = 0; g < profile.skills.size(); ++g) {
        const SkillGroup &group = profile.skills[g];
        values.insert(u"skills[%1].name"_s.arg(g), {group.name.value, group.name.range});
        for (qsizetype k = 0; k < group.keywords.size(); ++k)
            values.insert(u"skills[%1].keywords[%2]"_s.arg(g).arg(k), {group.keywords[k].name, group.keywords[k].range});
    }
    for (qsizetype i = 0; i < profile.education.size(); ++i) {
        const Education &e = profile.education[i];
        const QString p = u"education[%1]."_s.arg(i);
        values.insert(p + u"institution"_s, {e.institution.value, e.institution.range});
        values.insert(p + u"studyType"_s, {e.studyType.value, e.studyType.range});
        values.insert(p + u"area"_s, {e.area.value, e.area.range});
        values.insert(p + u"location"_s, {e.location.value, e.location.range});
        values.insert(p + u"startDate"_s, {dateText(e.start), e.start.range});
        values.insert(p + u"endDate"_s, {e.ongoing ? QString() : dateText(e.end), e.end.range});
    }
    for (const BriefSection &section : briefSections(profile)) {
        for (const BriefEntry &entry : section.entries) {
            for (const BriefField &field : entry.fields)
                values.insert(entry.path + u'.' + field.key, {field.text->value, field.text->range});
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto value = values.find(it.key());
        if (value == values.end())
            continue;
        QLineEdit *edit = it.value();
        m_ranges.insert(edit, value->second);
        edit->setProperty(kShown, value->first);
        if (!edit->hasFocus() && edit->text() != value->first) {
            edit->setText(value->first);
            edit->setCursorPosition(0);
        }
    }
}

void ProfileForm::showError(const QString &path, const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (QLineEdit *edit = m_fields.value(path)) {
        edit->setStyleSheet(u"QLineEdit { border: 1px solid %1; }"_s.arg(QColor(Qt::red).name()));
        edit->setToolTip(message);
    }
}

QLineEdit *ProfileForm::addField(QFormLayout *form, const QString &label, const QString &path, const QString &value,
    const SourceRange &range, const QString &placeholder)
{
    auto *edit = new QLineEdit(value);
    edit->setMinimumWidth(60);
    edit->setCursorPosition(0); // the start of a long value, not its end
    edit->setToolTip(value.size() > 40 ? value : QString());
    edit->setPlaceholderText(placeholder);
    edit->setProperty(kPath, path);
    edit->setProperty(kShown, value);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit); });
    m_fields.insert(path, edit);
    m_ranges.insert(edit, range);
    if (form)
        form->addRow(label, edit);
    return edit;
}

QWidget *ProfileForm::removeButton(const QString &path, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setIcon(themeIcon(u"list-remove"_s));
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setObjectName(u"remove:"_s + path);
    connect(button, &QToolButton::clicked, this, [this, path] { Q_EMIT editRequested(FieldEdit::remove(path)); });
    return button;
}

QLineEdit *ProfileForm::appendField(QVBoxLayout *layout, const QString &path, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    m_fields.insert(path, edit);
    connect(edit, &QLineEdit::returnPressed, this, [this, edit, path] {
        if (edit->text().trimmed().isEmpty())
            return;
        const QString value = edit->text();
        edit->clear();
        Q_EMIT editRequested(FieldEdit::set(path, value));
    });
    layout->addWidget(edit);
    return edit;
}

void ProfileForm::commit(QLineEdit *edit)
{
    const QString path = edit->property(kPath).toString();
    if (edit->text() == edit->property(kShown).toString())
        return;
    edit->setStyleSheet(QString());
    edit->setToolTip(QString());
    m_error->hide();
    edit->setProperty(kShown, edit->text());
    Q_EMIT editRequested(FieldEdit::set(path, edit->text()));
}

bool ProfileForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched); edit && m_ranges.value(edit).isValid())
            Q_EMIT fieldFocused(m_ranges.value(edit));
    }
    return QScrollArea::eventFilter(watched, event);
}

// A small dialog for a new position or education entry: its heading fields and dates,
// then one edit that writes the entry in the file's style.
void ProfileForm::askForEntry(const QString &kind, const QString &title, const QList<std::pair<QString, QString>> &fields)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    QList<std::pair<QString, QLineEdit *>> edits;
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(key);
        form->addRow(label, edit);
        edits.append({key, edit});
    }
    auto *start = new QLineEdit(&dialog);
    start->setObjectName(u"startDate"_s);
    start->setPlaceholderText(tr("YYYY-MM"));
    form->addRow(tr("Start"), start);
    auto *end = new QLineEdit(&dialog);
    end->setObjectName(u"endDate"_s);
    end->setPlaceholderText(tr("YYYY-MM"));
    auto *ongoing = new QCheckBox(tr("ongoing"), &dialog);
    ongoing->setObjectName(u"ongoing"_s);
    connect(ongoing, &QCheckBox::toggled, end, &QLineEdit::setDisabled);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(end, 1);
    endRow->addWidget(ongoing);
    form->addRow(tr("End"), endRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject entry;
    for (const auto &[key, edit] : edits) {
        if (!edit->text().trimmed().isEmpty())
            entry.insert(key, edit->text().trimmed());
    }
    if (!start->text().trimmed().isEmpty())
        entry.insert(u"startDate"_s, start->text().trimmed());
    if (ongoing->isChecked())
        entry.insert(u"endDate"_s, u"present"_s);
    else if (!end->text().trimmed().isEmpty())
        entry.insert(u"endDate"_s, end->text().trimmed());
    Q_EMIT editRequested(FieldEdit::set(kind + u"[+]"_s, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact))));
}

void ProfileForm::rebuild(const Profile &profile)
{
    // Keep the place: the field with the focus and the scroll position.
    const QWidget *focused = focusWidget();
    const QString focusedPath = focused ? focused->property(kPath).toString() : QString();
    const int scrolled = verticalScrollBar() ? verticalScrollBar()->value() : 0;

    m_fields.clear();
    m_ranges.clear();
    m_page = new QWidget;
    auto *page = new QVBoxLayout(m_page);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(QColor(Qt::red).name()));
    m_error->hide();
    page->addWidget(m_error);

    const Basics &b = profile.basics;
    auto *person = new QGroupBox(tr("Candidate"));
    auto *personForm = new QFormLayout(person);
    addField(personForm, tr("Name"), u"basics.name"_s, b.name.value, b.name.range);
    addField(personForm, tr("Headline"), u"basics.label"_s, b.label.value, b.label.range);
    addField(personForm, tr("Location"), u"basics.location"_s, b.location.text, b.location.range);
    addField(personForm, tr("Email"), u"basics.email"_s, b.email.value, b.email.range);
    addField(personForm, tr("Phone"), u"basics.phone"_s, b.phone.value, b.phone.range);
    page->addWidget(person);

    auto *work = new QGroupBox(tr("Experience"));
    auto *workLayout = new QVBoxLayout(work);
    for (qsizetype i = 0; i < profile.work.size(); ++i) {
        const Position &p = profile.work[i];
        const QString w = u"work[%1]"_s.arg(i);
        auto *box = new QFrame;
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        auto *header = new QHBoxLayout;
        const QString heading = p.title.value.isEmpty() ? tr("Position %1").arg(i + 1) : positionLabel(p);
        auto *title = new QLabel(u"<b>%1</b>"_s.arg(heading.toHtmlEscaped()));
        title->setTextFormat(Qt::RichText);
        title->setWordWrap(true);
        title->setMinimumWidth(40);
        header->addWidget(title, 1);
        header->addWidget(removeButton(w, tr("Remove this position from the file")));
        boxLayout->addLayout(header);
        auto *form = new QFormLayout;
        addField(form, tr("Title"), w + u".position"_s, p.title.value, p.title.range);
        addField(form, tr("Company"), w + u".name"_s, p.company.value, p.company.range);
        addField(form, tr("Location"), w + u".location"_s, p.location.value, p.location.range);
        addField(form, tr("Start"), w + u".startDate"_s, dateText(p.start), p.start.range, tr("YYYY-MM"));
        QLineEdit *end = addField(nullptr, QString(), w + u".endDate"_s, p.ongoing ? QString() : dateText(p.end),
            p.end.range, tr("YYYY-MM"));
        end->setEnabled(!p.ongoing);
        auto *ongoing = new QCheckBox(tr("ongoing"));
        ongoing->setChecked(p.ongoing);
        ongoing->setObjectName(w + u".ongoing"_s);
        ongoing->setEnabled(p.start.value.isValid());
        connect(ongoing, &QCheckBox::toggled, this, [this, w](bool on) {
            // Ending an ongoing position starts from this month; the user corrects it.
            Q_EMIT editRequested(FieldEdit::set(w + u".endDate"_s,
                on ? u"present"_s : today().toString(u"yyyy-MM"_s)));
        });
        auto *endRow = new QHBoxLayout;
        endRow->addWidget(end, 1);
        endRow->addWidget(ongoing);
        form->addRow(tr("End"), endRow);
        boxLayout->addLayout(form);
        boxLayout->addWidget(new QLabel(tr("Highlights")));
        for (qsizetype h = 0; h < p.highlights.size(); ++h) {
            const QString path = w + u".highlights[%1]"_s.arg(h);
            auto *row = new QHBoxLayout;
            row->addWidget(addField(nullptr, QString(), path, p.highlights[h].value, p.highlights[h].range), 1);
            row->addWidget(removeButton(path, tr("Remove this highlight")));
            boxLayout->addLayout(row);
        }
        appendField(boxLayout, w + u".highlights[+]"_s, tr("Add a highlight and press Enter"));
        workLayout->addWidget(box);
    }
    auto *addPosition = new QPushButton(themeIcon(u"list-add"_s), tr("Add Position…"));
    addPosition->setObjectName(u"addPosition"_s);
    connect(addPosition, &QPushButton::clicked, this, [this] {
        askForEntry(u"work"_s, tr("Add Position"),
            {{u"position"_s, tr("Title")}, {u"name"_s, tr("Company")}, {u"location"_s, tr("Location")}});
    });
    workLayout->addWidget(addPosition, 0, Qt::AlignLeft);
    page->addWidget(work);

    auto *skills = new QGroupBox(tr("Skills"));
    auto *skillsLayout = new QVBoxLayout(skills);
    for (qsizetype g = 0; g < profile.skills.size(); ++g) {
        const SkillGroup &group = profile.skills[g];
        const QString s = u"skills[%1]"_s.arg(g);
        auto *form = new QFormLayout;
        if (group.name.range.isValid())
            addField(form, tr("Group"), s + u".name"_s, group.name.value, group.name.range);
        skillsLayout->addLayout(form);
        auto *grid = new QGridLayout;
        for (qsizetype k = 0; k < group.keywords.size(); ++k) {
            const QString path = s + u".keywords[%1]"_s.arg(k);
            auto *cell = new QHBoxLayout;
            cell->addWidget(addField(nullptr, QString(), path, group.keywords[k].name, group.keywords[k].range), 1);
            cell->addWidget(removeButton(path, tr("Remove this skill")));
            grid->addLayout(cell, int(k / 2), int(k % 2));
        }
        skillsLayout->addLayout(grid);
        auto *append = new QVBoxLayout;
        appendField(append, s + u".keywords[+]"_s, tr("Add a skill and press Enter"));
        skillsLayout->addLayout(append);
    }
    page->addWidget(skills);

    auto *education = new QGroupBox(tr("Education"));
    auto *educationLayout = new QVBoxLayout(education);
    for (qsizetype i = 0; i < profile.education.size(); ++i) {
        const Education &e = profile.education[i];
        const QString p = u"education[%1]"_s.arg(i);
        auto *header = new QHBoxLayout;
        auto *name = new QLabel(u"<b>%1</b>"_s.arg(e.institution.value.toHtmlEscaped()));
        name->setWordWrap(true);
        name->setMinimumWidth(40);
        header->addWidget(name, 1);
        header->addWidget(removeButton(p, tr("Remove this entry from the file")));
        educationLayout->addLayout(header);
        auto *form = new QFormLayout;
        addField(form, tr("Institution"), p + u".institution"_s, e.institution.value, e.institution.range);
        addField(form, tr("Degree"), p + u".studyType"_s, e.studyType.value, e.studyType.range);
        addField(form, tr("Field"), p + u".area"_s, e.area.value, e.area.range);
        addField(form, tr("Location"), p + u".location"_s, e.location.value, e.location.range);
        addField(form, tr("Start"), p + u".startDate"_s, dateText(e.start), e.start.range, tr("YYYY-MM"));
        addField(form, tr("End"), p + u".endDate"_s, e.ongoing ? QString() : dateText(e.end), e.end.range, tr("YYYY-MM"));
        educationLayout->addLayout(form);
    }
    auto *addEducation = new QPushButton(themeIcon(u"list-add"_s), tr("Add Education…"));
    addEducation->setObjectName(u"addEducation"_s);
    connect(addEducation, &QPushButton::clicked, this, [this] {
        askForEntry(u"education"_s, tr("Add Education"),
            {{u"institution"_s, tr("Institution")}, {u"studyType"_s, tr("Degree")}, {u"area"_s, tr("Field")}});
    });
    educationLayout->addWidget(addEducation, 0, Qt::AlignLeft);
    page->addWidget(education);

    for (const BriefSection &section : briefSections(profile)) {
        if (section.entries.isEmpty())
            continue;
        // One row per entry under a header naming the fields: French | native | −.
        auto *box = new QGroupBox(section.title);
        auto *grid = new QGridLayout(box);
        const QList<BriefField> &columns = section.entries.constFirst().fields;
        for (qsizetype f = 0; f < columns.size(); ++f) {
            auto *header = new QLabel(columns[f].label);
            header->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(header, 0, int(f));
            grid->setColumnStretch(int(f), f == 0 ? 3 : 2);
        }
        for (qsizetype e = 0; e < section.entries.size(); ++e) {
            const BriefEntry &entry = section.entries[e];
            for (qsizetype f = 0; f < entry.fields.size(); ++f) {
                const BriefField &field = entry.fields[f];
                QLineEdit *line = addField(nullptr, QString(), entry.path + u'.' + field.key, field.text->value, field.text->range);
                line->setPlaceholderText(field.label);
                grid->addWidget(line, int(e) + 1, int(f));
            }
            grid->addWidget(removeButton(entry.path, section.removeTip), int(e) + 1, int(entry.fields.size()));
        }
        page->addWidget(box);
    }
    page->addStretch();

    // The old page may be running the handler that asked for this (a remove button's
    // click, a line edit's Enter): it goes once control is back in the event loop.
    if (QWidget *old = takeWidget())
        old->deleteLater();
    setWidget(m_page);
    if (QLineEdit *edit = m_fields.value(focusedPath))
        edit->setFocus();
    verticalScrollBar()->setValue(scrolled);
}

} // namespace Shortlist
