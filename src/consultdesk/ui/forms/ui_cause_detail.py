# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cause_detail.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QWidget)

class Ui_CauseDetailForm(object):
    def setupUi(self, CauseDetailForm):
        if not CauseDetailForm.objectName():
            CauseDetailForm.setObjectName(u"CauseDetailForm")
        self.formLayout = QFormLayout(CauseDetailForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.causeTextLabel = QLabel(CauseDetailForm)
        self.causeTextLabel.setObjectName(u"causeTextLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeTextLabel)

        self.causeText = QPlainTextEdit(CauseDetailForm)
        self.causeText.setObjectName(u"causeText")
        self.causeText.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.causeText)

        self.causeTextError = QLabel(CauseDetailForm)
        self.causeTextError.setObjectName(u"causeTextError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.causeTextError)

        self.causeStatusLabel = QLabel(CauseDetailForm)
        self.causeStatusLabel.setObjectName(u"causeStatusLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.causeStatusLabel)

        self.causeStatus = QComboBox(CauseDetailForm)
        self.causeStatus.setObjectName(u"causeStatus")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.causeStatus)

        self.causeRoot = QCheckBox(CauseDetailForm)
        self.causeRoot.setObjectName(u"causeRoot")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.causeRoot)

        self.causeMethodLabel = QLabel(CauseDetailForm)
        self.causeMethodLabel.setObjectName(u"causeMethodLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.causeMethodLabel)

        self.causeMethod = QLineEdit(CauseDetailForm)
        self.causeMethod.setObjectName(u"causeMethod")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.causeMethod)

        self.causeResultLabel = QLabel(CauseDetailForm)
        self.causeResultLabel.setObjectName(u"causeResultLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.causeResultLabel)

        self.causeResult = QPlainTextEdit(CauseDetailForm)
        self.causeResult.setObjectName(u"causeResult")
        self.causeResult.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.causeResult)

        self.causeError = QLabel(CauseDetailForm)
        self.causeError.setObjectName(u"causeError")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.causeError)

#if QT_CONFIG(shortcut)
        self.causeTextLabel.setBuddy(self.causeText)
        self.causeStatusLabel.setBuddy(self.causeStatus)
        self.causeMethodLabel.setBuddy(self.causeMethod)
        self.causeResultLabel.setBuddy(self.causeResult)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CauseDetailForm)

        QMetaObject.connectSlotsByName(CauseDetailForm)
    # setupUi

    def retranslateUi(self, CauseDetailForm):
        CauseDetailForm.setWindowTitle(QCoreApplication.translate("CauseDetailForm", u"Cause", None))
        self.causeTextLabel.setText(QCoreApplication.translate("CauseDetailForm", u"&Cause", None))
        self.causeStatusLabel.setText(QCoreApplication.translate("CauseDetailForm", u"&Status", None))
        self.causeRoot.setText(QCoreApplication.translate("CauseDetailForm", u"&Root cause", None))
        self.causeMethodLabel.setText(QCoreApplication.translate("CauseDetailForm", u"Verification &method", None))
        self.causeMethod.setPlaceholderText(QCoreApplication.translate("CauseDetailForm", u"e.g. log analysis, monitoring, interviews", None))
        self.causeResultLabel.setText(QCoreApplication.translate("CauseDetailForm", u"Verification res&ult", None))
    # retranslateUi

