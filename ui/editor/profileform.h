#pragma once

#include "edit/profileedit.h"
#include "profile/profile.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace Shortlist {

// The profile's fields as a form beside its text: name, headline, location, contacts;
// each position's title, company, location, dates and highlights; skills; education.
// A change here is not applied here: the form asks for it as a FieldEdit, which the
// editor turns into the smallest change of the text. When the text changes, the form
// shows what it reads now.
class ProfileForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    // Shows `profile`. Fields keep their widgets while the profile keeps its shape (so a
    // field being typed in keeps its focus); otherwise the form is built again.
    void setProfile(const Profile &profile);
    // Marks the field of `path` as refused, with the reason; cleared by the next change.
    void showError(const QString &path, const QString &message);

    // The line edit for a JSON-export path ("work[0].position"), for tests.
    QLineEdit *field(const QString &path) const { return m_fields.value(path); }

Q_SIGNALS:
    void editRequested(const Shortlist::FieldEdit &edit);
    // A field got the focus: where its value is written, to show it in the text.
    void fieldFocused(Shortlist::SourceRange range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(const Profile &profile);
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &path, const QString &value,
        const SourceRange &range, const QString &placeholder = {});
    QWidget *removeButton(const QString &path, const QString &toolTip);
    QLineEdit *appendField(QVBoxLayout *layout, const QString &path, const QString &placeholder);
    void commit(QLineEdit *edit);
    void askForEntry(const QString &kind, const QString &title, const QList<std::pair<QString, QString>> &fields);
    static QString shapeOf(const Profile &profile);

    QWidget *m_page = nullptr;
    QLabel *m_error = nullptr;
    QString m_shape;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QLineEdit *, SourceRange> m_ranges;
};

} // namespace Shortlist

Q_DECLARE_METATYPE(Shortlist::FieldEdit)
