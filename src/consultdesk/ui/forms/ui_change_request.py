# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_request.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ChangeRequestForm(object):
    def setupUi(self, ChangeRequestForm):
        if not ChangeRequestForm.objectName():
            ChangeRequestForm.setObjectName(u"ChangeRequestForm")
        self.outerLayout = QHBoxLayout(ChangeRequestForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ChangeRequestForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.crTitle = QLineEdit(ChangeRequestForm)
        self.crTitle.setObjectName(u"crTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.crTitle)

        self.descriptionLabel = QLabel(ChangeRequestForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.crDescription = QPlainTextEdit(ChangeRequestForm)
        self.crDescription.setObjectName(u"crDescription")
        self.crDescription.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.crDescription)

        self.reasonLabel = QLabel(ChangeRequestForm)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.crReason = QPlainTextEdit(ChangeRequestForm)
        self.crReason.setObjectName(u"crReason")
        self.crReason.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.crReason)

        self.requestedByLabel = QLabel(ChangeRequestForm)
        self.requestedByLabel.setObjectName(u"requestedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requestedByLabel)

        self.crRequestedBy = QLineEdit(ChangeRequestForm)
        self.crRequestedBy.setObjectName(u"crRequestedBy")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.crRequestedBy)

        self.scopeLabel = QLabel(ChangeRequestForm)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.crScope = QComboBox(ChangeRequestForm)
        self.crScope.setObjectName(u"crScope")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.crScope)

        self.scheduleLabel = QLabel(ChangeRequestForm)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scheduleLabel)

        self.crImpactSchedule = QLineEdit(ChangeRequestForm)
        self.crImpactSchedule.setObjectName(u"crImpactSchedule")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.crImpactSchedule)

        self.costLabel = QLabel(ChangeRequestForm)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.crImpactCost = QLineEdit(ChangeRequestForm)
        self.crImpactCost.setObjectName(u"crImpactCost")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.crImpactCost)

        self.crMeetingHeld = QCheckBox(ChangeRequestForm)
        self.crMeetingHeld.setObjectName(u"crMeetingHeld")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.crMeetingHeld)

        self.confirmationLabel = QLabel(ChangeRequestForm)
        self.confirmationLabel.setObjectName(u"confirmationLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confirmationLabel)

        self.crWrittenConfirmation = QLineEdit(ChangeRequestForm)
        self.crWrittenConfirmation.setObjectName(u"crWrittenConfirmation")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.crWrittenConfirmation)


        self.outerLayout.addLayout(self.formLayout)

        self.linksLayout = QVBoxLayout()
        self.linksLayout.setObjectName(u"linksLayout")
        self.linksLabel = QLabel(ChangeRequestForm)
        self.linksLabel.setObjectName(u"linksLabel")

        self.linksLayout.addWidget(self.linksLabel)

        self.crLinks = QListWidget(ChangeRequestForm)
        self.crLinks.setObjectName(u"crLinks")

        self.linksLayout.addWidget(self.crLinks)


        self.outerLayout.addLayout(self.linksLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.crTitle)
        self.descriptionLabel.setBuddy(self.crDescription)
        self.reasonLabel.setBuddy(self.crReason)
        self.requestedByLabel.setBuddy(self.crRequestedBy)
        self.scopeLabel.setBuddy(self.crScope)
        self.scheduleLabel.setBuddy(self.crImpactSchedule)
        self.costLabel.setBuddy(self.crImpactCost)
        self.confirmationLabel.setBuddy(self.crWrittenConfirmation)
        self.linksLabel.setBuddy(self.crLinks)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangeRequestForm)

        QMetaObject.connectSlotsByName(ChangeRequestForm)
    # setupUi

    def retranslateUi(self, ChangeRequestForm):
        ChangeRequestForm.setWindowTitle(QCoreApplication.translate("ChangeRequestForm", u"Change request", None))
        self.titleLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"&Title", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"&Description", None))
        self.reasonLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"&Reason", None))
        self.requestedByLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"Requested &by", None))
        self.scopeLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"&Scope", None))
        self.scheduleLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"Impact on sc&hedule", None))
        self.crImpactSchedule.setPlaceholderText(QCoreApplication.translate("ChangeRequestForm", u"e.g. none, or +2 weeks for milestone M2", None))
        self.costLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"Impact on c&ost", None))
        self.crImpactCost.setPlaceholderText(QCoreApplication.translate("ChangeRequestForm", u"e.g. none, or +3 person-days", None))
        self.crMeetingHeld.setText(QCoreApplication.translate("ChangeRequestForm", u"Change-board &meeting held", None))
        self.confirmationLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"&Written confirmation", None))
        self.crWrittenConfirmation.setPlaceholderText(QCoreApplication.translate("ChangeRequestForm", u"Client's e-mail or letter (reference)", None))
        self.linksLabel.setText(QCoreApplication.translate("ChangeRequestForm", u"Re&quirements affected", None))
    # retranslateUi

