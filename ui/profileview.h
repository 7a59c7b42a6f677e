#pragma once

#include <QTextBrowser>

namespace Shortlist {

struct Profile;

// Shows one profile rendered for reading. Remote images are never fetched: the
// document only ever resolves resources it was given.
class ProfileView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ProfileView(QWidget *parent = nullptr);

    void showProfile(const Profile &profile, const QString &fileName);
    void clearProfile();

    static QString toHtml(const Profile &profile, const QString &fileName);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Shortlist
