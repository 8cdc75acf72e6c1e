# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_meeting.ui'
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

class Ui_EvidenceMeetingForm(object):
    def setupUi(self, EvidenceMeetingForm):
        if not EvidenceMeetingForm.objectName():
            EvidenceMeetingForm.setObjectName(u"EvidenceMeetingForm")
        self.formLayout = QFormLayout(EvidenceMeetingForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.meetingDateLabel = QLabel(EvidenceMeetingForm)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingDateLabel)

        self.meetingDate = QLineEdit(EvidenceMeetingForm)
        self.meetingDate.setObjectName(u"meetingDate")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingDate)

        self.meetingOursLabel = QLabel(EvidenceMeetingForm)
        self.meetingOursLabel.setObjectName(u"meetingOursLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingOursLabel)

        self.meetingOurs = QLineEdit(EvidenceMeetingForm)
        self.meetingOurs.setObjectName(u"meetingOurs")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingOurs)

        self.meetingClientLabel = QLabel(EvidenceMeetingForm)
        self.meetingClientLabel.setObjectName(u"meetingClientLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingClientLabel)

        self.meetingClient = QLineEdit(EvidenceMeetingForm)
        self.meetingClient.setObjectName(u"meetingClient")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingClient)

        self.meetingFactsLabel = QLabel(EvidenceMeetingForm)
        self.meetingFactsLabel.setObjectName(u"meetingFactsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meetingFactsLabel)

        self.meetingFacts = QPlainTextEdit(EvidenceMeetingForm)
        self.meetingFacts.setObjectName(u"meetingFacts")
        self.meetingFacts.setMaximumSize(QSize(16777215, 70))
        self.meetingFacts.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meetingFacts)

        self.meetingRootCauseLabel = QLabel(EvidenceMeetingForm)
        self.meetingRootCauseLabel.setObjectName(u"meetingRootCauseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.meetingRootCauseLabel)

        self.meetingRootCause = QComboBox(EvidenceMeetingForm)
        self.meetingRootCause.setObjectName(u"meetingRootCause")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meetingRootCause)

#if QT_CONFIG(shortcut)
        self.meetingDateLabel.setBuddy(self.meetingDate)
        self.meetingOursLabel.setBuddy(self.meetingOurs)
        self.meetingClientLabel.setBuddy(self.meetingClient)
        self.meetingFactsLabel.setBuddy(self.meetingFacts)
        self.meetingRootCauseLabel.setBuddy(self.meetingRootCause)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceMeetingForm)

        QMetaObject.connectSlotsByName(EvidenceMeetingForm)
    # setupUi

    def retranslateUi(self, EvidenceMeetingForm):
        EvidenceMeetingForm.setWindowTitle(QCoreApplication.translate("EvidenceMeetingForm", u"Meeting", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("EvidenceMeetingForm", u"Meeting &date", None))
        self.meetingDate.setPlaceholderText(QCoreApplication.translate("EvidenceMeetingForm", u"YYYY-MM-DD", None))
        self.meetingOursLabel.setText(QCoreApplication.translate("EvidenceMeetingForm", u"&Our attendees", None))
        self.meetingClientLabel.setText(QCoreApplication.translate("EvidenceMeetingForm", u"&Client attendees", None))
        self.meetingFactsLabel.setText(QCoreApplication.translate("EvidenceMeetingForm", u"Confirmed &facts", None))
        self.meetingRootCauseLabel.setText(QCoreApplication.translate("EvidenceMeetingForm", u"Agreed &root cause", None))
    # retranslateUi

