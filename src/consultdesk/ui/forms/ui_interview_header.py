# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_header.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QWidget)

from consultdesk.ui.common.date_field import DateField

class Ui_InterviewHeader(object):
    def setupUi(self, InterviewHeader):
        if not InterviewHeader.objectName():
            InterviewHeader.setObjectName(u"InterviewHeader")
        self.formLayout = QFormLayout(InterviewHeader)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(InterviewHeader)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.interviewTitle = QLineEdit(InterviewHeader)
        self.interviewTitle.setObjectName(u"interviewTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interviewTitle)

        self.heldOnLabel = QLabel(InterviewHeader)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.interviewHeldOn = DateField(InterviewHeader)
        self.interviewHeldOn.setObjectName(u"interviewHeldOn")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interviewHeldOn)

        self.participantsLabel = QLabel(InterviewHeader)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.interviewParticipants = QLineEdit(InterviewHeader)
        self.interviewParticipants.setObjectName(u"interviewParticipants")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interviewParticipants)

        self.stressedLabel = QLabel(InterviewHeader)
        self.stressedLabel.setObjectName(u"stressedLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stressedLabel)

        self.interviewStressed = QPlainTextEdit(InterviewHeader)
        self.interviewStressed.setObjectName(u"interviewStressed")
        self.interviewStressed.setMaximumSize(QSize(16777215, 90))
        self.interviewStressed.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interviewStressed)

        self.toConfirmLabel = QLabel(InterviewHeader)
        self.toConfirmLabel.setObjectName(u"toConfirmLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toConfirmLabel)

        self.interviewToConfirm = QPlainTextEdit(InterviewHeader)
        self.interviewToConfirm.setObjectName(u"interviewToConfirm")
        self.interviewToConfirm.setMaximumSize(QSize(16777215, 90))
        self.interviewToConfirm.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interviewToConfirm)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.interviewTitle)
        self.heldOnLabel.setBuddy(self.interviewHeldOn)
        self.participantsLabel.setBuddy(self.interviewParticipants)
        self.stressedLabel.setBuddy(self.interviewStressed)
        self.toConfirmLabel.setBuddy(self.interviewToConfirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewHeader)

        QMetaObject.connectSlotsByName(InterviewHeader)
    # setupUi

    def retranslateUi(self, InterviewHeader):
        InterviewHeader.setWindowTitle(QCoreApplication.translate("InterviewHeader", u"Interview", None))
        self.titleLabel.setText(QCoreApplication.translate("InterviewHeader", u"&Title", None))
        self.interviewTitle.setPlaceholderText(QCoreApplication.translate("InterviewHeader", u"e.g. First visit with the operations team", None))
        self.heldOnLabel.setText(QCoreApplication.translate("InterviewHeader", u"Hel&d on", None))
        self.participantsLabel.setText(QCoreApplication.translate("InterviewHeader", u"&Participants", None))
        self.stressedLabel.setText(QCoreApplication.translate("InterviewHeader", u"What the client &stressed", None))
        self.toConfirmLabel.setText(QCoreApplication.translate("InterviewHeader", u"Still to be &confirmed", None))
    # retranslateUi

