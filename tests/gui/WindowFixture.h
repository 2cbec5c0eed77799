// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/MainWindow.h"
#include "app/actions/DataActions.h"
#include "app/Services.h"
#include "app/pages/Page.h"
#include "core/i18n/LanguageManager.h"

/// What every GUI test starts from: Vigie's real services, with settings and user data in a private folder,
/// and the main window on them, shown, in English. Members are destroyed window first, then the services
/// it uses, then the folder.
class WindowFixture
{
public:
    /// Builds and shows the window; returns an error text, or an empty string.
    QString open(const QSize& size = QSize(1100, 750))
    {
        services = std::make_unique<Vigie::Services>(dir.filePath(QStringLiteral("settings.ini")));
        services->languages().setLanguage(Vigie::Language::English);
        QString error;
        if (!services->openDatabase(&error))
            return error;
        window = std::make_unique<Vigie::MainWindow>(services->context());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return QStringLiteral("the window was not exposed");
        QTest::qWait(20); // what waits for the first frame (the Overview's charts) is done
        return {};
    }

    /// Imports two figures of the user's own (topic "phishing", 12 in 2023 and 30 in 2024) as File → Import
    /// does; returns its error, or an empty string.
    QString importTwoFigures()
    {
        const QString csv = dir.filePath(QStringLiteral("mine.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write("key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                   "source_url,quote,note_en,note_fr\n"
                   "mine.1,phishing,12,count,2023,Mine,Le mien,high,Me,My notes,,my words,,\n"
                   "mine.2,phishing,30,count,2024,Mine,Le mien,high,Me,My notes,,my words,,\n");
        file.close();
        return window->dataActions()->importData(csv);
    }

    /// Switches the language as the menu does, and lets the posted LanguageChange events arrive.
    void switchTo(Vigie::Language language)
    {
        window->setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

    /// The index of the first page of type P (building the pages), or -1.
    template <class P>
    int pageIndex() const
    {
        const auto pages = window->pages();
        for (int i = 0; i < pages.size(); ++i) {
            if (qobject_cast<P*>(pages.at(i)))
                return i;
        }
        return -1;
    }

    /// The first page of type P (built if it was not yet), or nullptr.
    template <class P>
    P* page() const
    {
        const int index = pageIndex<P>();
        return index < 0 ? nullptr : qobject_cast<P*>(window->pages().at(index));
    }

    QTemporaryDir dir;
    std::unique_ptr<Vigie::Services> services;
    std::unique_ptr<Vigie::MainWindow> window;
};
