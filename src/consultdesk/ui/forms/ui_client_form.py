# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_form.ui'
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

class Ui_ClientForm(object):
    def setupUi(self, ClientForm):
        if not ClientForm.objectName():
            ClientForm.setObjectName(u"ClientForm")
        self.formLayout = QFormLayout(ClientForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(ClientForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.clientName = QLineEdit(ClientForm)
        self.clientName.setObjectName(u"clientName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientName)

        self.clientNameError = QLabel(ClientForm)
        self.clientNameError.setObjectName(u"clientNameError")
        self.clientNameError.setStyleSheet(u"color: #b3261e;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientNameError)

        self.industryLabel = QLabel(ClientForm)
        self.industryLabel.setObjectName(u"industryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.clientIndustry = QLineEdit(ClientForm)
        self.clientIndustry.setObjectName(u"clientIndustry")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientIndustry)

        self.sizeLabel = QLabel(ClientForm)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.clientSize = QLineEdit(ClientForm)
        self.clientSize.setObjectName(u"clientSize")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientSize)

        self.techLabel = QLabel(ClientForm)
        self.techLabel.setObjectName(u"techLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.techLabel)

        self.clientTechLevel = QLineEdit(ClientForm)
        self.clientTechLevel.setObjectName(u"clientTechLevel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientTechLevel)

        self.backgroundLabel = QLabel(ClientForm)
        self.backgroundLabel.setObjectName(u"backgroundLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backgroundLabel)

        self.clientBackground = QPlainTextEdit(ClientForm)
        self.clientBackground.setObjectName(u"clientBackground")
        self.clientBackground.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientBackground)

        self.historyLabel = QLabel(ClientForm)
        self.historyLabel.setObjectName(u"historyLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.clientHistory = QPlainTextEdit(ClientForm)
        self.clientHistory.setObjectName(u"clientHistory")
        self.clientHistory.setMaximumSize(QSize(16777215, 90))
        self.clientHistory.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clientHistory)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.clientName)
        self.industryLabel.setBuddy(self.clientIndustry)
        self.sizeLabel.setBuddy(self.clientSize)
        self.techLabel.setBuddy(self.clientTechLevel)
        self.backgroundLabel.setBuddy(self.clientBackground)
        self.historyLabel.setBuddy(self.clientHistory)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientForm)

        QMetaObject.connectSlotsByName(ClientForm)
    # setupUi

    def retranslateUi(self, ClientForm):
        ClientForm.setWindowTitle(QCoreApplication.translate("ClientForm", u"Client", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientForm", u"&Name", None))
        self.clientName.setPlaceholderText(QCoreApplication.translate("ClientForm", u"Company name, e.g. \u534e\u4fe1\u6559\u80b2\u79d1\u6280\u6709\u9650\u516c\u53f8", None))
        self.clientNameError.setText(QCoreApplication.translate("ClientForm", u"A client needs a name.", None))
        self.industryLabel.setText(QCoreApplication.translate("ClientForm", u"&Industry", None))
        self.sizeLabel.setText(QCoreApplication.translate("ClientForm", u"&Size", None))
        self.clientSize.setPlaceholderText(QCoreApplication.translate("ClientForm", u"e.g. 300 staff, 80,000 users", None))
        self.techLabel.setText(QCoreApplication.translate("ClientForm", u"&Technical level", None))
        self.backgroundLabel.setText(QCoreApplication.translate("ClientForm", u"&Background", None))
        self.historyLabel.setText(QCoreApplication.translate("ClientForm", u"Histor&y with us", None))
    # retranslateUi

