# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engagement_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

from consultdesk.ui.common.date_field import DateField

class Ui_EngagementForm(object):
    def setupUi(self, EngagementForm):
        if not EngagementForm.objectName():
            EngagementForm.setObjectName(u"EngagementForm")
        self.formLayout = QFormLayout(EngagementForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(EngagementForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.engagementTitle = QLineEdit(EngagementForm)
        self.engagementTitle.setObjectName(u"engagementTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.engagementTitle)

        self.classificationLabel = QLabel(EngagementForm)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.engagementClassification = QComboBox(EngagementForm)
        self.engagementClassification.setObjectName(u"engagementClassification")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.engagementClassification)

        self.statusLabel = QLabel(EngagementForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.engagementStatus = QComboBox(EngagementForm)
        self.engagementStatus.setObjectName(u"engagementStatus")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.engagementStatus)

        self.budgetLabel = QLabel(EngagementForm)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.engagementBudget = QLineEdit(EngagementForm)
        self.engagementBudget.setObjectName(u"engagementBudget")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.engagementBudget)

        self.durationLabel = QLabel(EngagementForm)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.engagementDuration = QLineEdit(EngagementForm)
        self.engagementDuration.setObjectName(u"engagementDuration")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.engagementDuration)

        self.compatibilityLabel = QLabel(EngagementForm)
        self.compatibilityLabel.setObjectName(u"compatibilityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.compatibilityLabel)

        self.engagementCompatibility = QPlainTextEdit(EngagementForm)
        self.engagementCompatibility.setObjectName(u"engagementCompatibility")
        self.engagementCompatibility.setMaximumSize(QSize(16777215, 90))
        self.engagementCompatibility.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.engagementCompatibility)

        self.startLabel = QLabel(EngagementForm)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.engagementStart = DateField(EngagementForm)
        self.engagementStart.setObjectName(u"engagementStart")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.engagementStart)

        self.endLabel = QLabel(EngagementForm)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.engagementEnd = DateField(EngagementForm)
        self.engagementEnd.setObjectName(u"engagementEnd")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.engagementEnd)

        self.engagementDatesError = QLabel(EngagementForm)
        self.engagementDatesError.setObjectName(u"engagementDatesError")
        self.engagementDatesError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.engagementDatesError)

        self.notesLabel = QLabel(EngagementForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.engagementNotes = QPlainTextEdit(EngagementForm)
        self.engagementNotes.setObjectName(u"engagementNotes")
        self.engagementNotes.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.engagementNotes)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.engagementTitle)
        self.classificationLabel.setBuddy(self.engagementClassification)
        self.statusLabel.setBuddy(self.engagementStatus)
        self.budgetLabel.setBuddy(self.engagementBudget)
        self.durationLabel.setBuddy(self.engagementDuration)
        self.compatibilityLabel.setBuddy(self.engagementCompatibility)
        self.startLabel.setBuddy(self.engagementStart)
        self.endLabel.setBuddy(self.engagementEnd)
        self.notesLabel.setBuddy(self.engagementNotes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngagementForm)

        QMetaObject.connectSlotsByName(EngagementForm)
    # setupUi

    def retranslateUi(self, EngagementForm):
        EngagementForm.setWindowTitle(QCoreApplication.translate("EngagementForm", u"Engagement", None))
        self.titleLabel.setText(QCoreApplication.translate("EngagementForm", u"&Title", None))
        self.classificationLabel.setText(QCoreApplication.translate("EngagementForm", u"&Classification", None))
        self.statusLabel.setText(QCoreApplication.translate("EngagementForm", u"St&atus", None))
        self.budgetLabel.setText(QCoreApplication.translate("EngagementForm", u"&Budget range", None))
        self.engagementBudget.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"e.g. 200k\u2013300k CNY", None))
        self.durationLabel.setText(QCoreApplication.translate("EngagementForm", u"Expected d&uration", None))
        self.engagementDuration.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"e.g. 3 months", None))
        self.compatibilityLabel.setText(QCoreApplication.translate("EngagementForm", u"Com&patibility", None))
        self.startLabel.setText(QCoreApplication.translate("EngagementForm", u"Sta&rt date", None))
        self.endLabel.setText(QCoreApplication.translate("EngagementForm", u"End &date", None))
        self.notesLabel.setText(QCoreApplication.translate("EngagementForm", u"&Notes", None))
    # retranslateUi

