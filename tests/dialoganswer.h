#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

// Acts on the next modal dialog once it is up (a message box's exec() blocks the test
// until then): finds it as a person would see it and clicks a button. The answer is
// withdrawn when it goes out of scope, so that an unanswered one cannot click a dialog
// of a later step.
class DialogAnswer
{
public:
    explicit DialogAnswer(std::function<void(QWidget *)> act)
        : m_timer(std::make_unique<QTimer>())
    {
        m_timer->setInterval(10);
        QObject::connect(m_timer.get(), &QTimer::timeout, [this, act] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            m_timer->stop();
            m_answered = true;
            act(dialog);
        });
        m_timer->start();
    }
    bool answered() const { return m_answered; }

private:
    std::unique_ptr<QTimer> m_timer;
    bool m_answered = false;
};

inline void clickMessageBoxButton(QWidget *dialog, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY2(box, dialog->metaObject()->className());
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

// The action a menu offers in the given role (About, Preferences, Quit…), as a platform
// would find it to place it.
inline QAction *actionWithRole(QWidget *window, QAction::MenuRole role)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    const auto found = std::find_if(actions.cbegin(), actions.cend(), [role](QAction *a) { return a->menuRole() == role; });
    return found == actions.cend() ? nullptr : *found;
}
