# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SignOffForm(object):
    def setupUi(self, SignOffForm):
        if not SignOffForm.objectName():
            SignOffForm.setObjectName(u"SignOffForm")
        self.outerLayout = QVBoxLayout(SignOffForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.signOffSummary = QLabel(SignOffForm)
        self.signOffSummary.setObjectName(u"signOffSummary")
        self.signOffSummary.setWordWrap(True)
        self.signOffSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outerLayout.addWidget(self.signOffSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.signerLabel = QLabel(SignOffForm)
        self.signerLabel.setObjectName(u"signerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signOffSigner = QLineEdit(SignOffForm)
        self.signOffSigner.setObjectName(u"signOffSigner")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signOffSigner)

        self.sideLabel = QLabel(SignOffForm)
        self.sideLabel.setObjectName(u"sideLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sideLabel)

        self.signOffSide = QComboBox(SignOffForm)
        self.signOffSide.setObjectName(u"signOffSide")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signOffSide)

        self.meaningLabel = QLabel(SignOffForm)
        self.meaningLabel.setObjectName(u"meaningLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meaningLabel)

        self.signOffMeaning = QComboBox(SignOffForm)
        self.signOffMeaning.setObjectName(u"signOffMeaning")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signOffMeaning)

        self.commentLabel = QLabel(SignOffForm)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.signOffComment = QPlainTextEdit(SignOffForm)
        self.signOffComment.setObjectName(u"signOffComment")
        self.signOffComment.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signOffComment)


        self.outerLayout.addLayout(self.formLayout)

        self.signOffWarning = QLabel(SignOffForm)
        self.signOffWarning.setObjectName(u"signOffWarning")
        self.signOffWarning.setWordWrap(True)

        self.outerLayout.addWidget(self.signOffWarning)

#if QT_CONFIG(shortcut)
        self.signerLabel.setBuddy(self.signOffSigner)
        self.sideLabel.setBuddy(self.signOffSide)
        self.meaningLabel.setBuddy(self.signOffMeaning)
        self.commentLabel.setBuddy(self.signOffComment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignOffForm)

        QMetaObject.connectSlotsByName(SignOffForm)
    # setupUi

    def retranslateUi(self, SignOffForm):
        SignOffForm.setWindowTitle(QCoreApplication.translate("SignOffForm", u"Sign-off", None))
        self.signerLabel.setText(QCoreApplication.translate("SignOffForm", u"&Signer", None))
        self.signOffSigner.setPlaceholderText(QCoreApplication.translate("SignOffForm", u"Full name of the person signing", None))
        self.sideLabel.setText(QCoreApplication.translate("SignOffForm", u"S&ide", None))
        self.meaningLabel.setText(QCoreApplication.translate("SignOffForm", u"&Meaning", None))
        self.commentLabel.setText(QCoreApplication.translate("SignOffForm", u"&Comment", None))
        self.signOffComment.setPlaceholderText(QCoreApplication.translate("SignOffForm", u"e.g. confirmed by e-mail on 2 March", None))
    # retranslateUi

