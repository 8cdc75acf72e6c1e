# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_item.ui'
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

class Ui_EvidenceItemForm(object):
    def setupUi(self, EvidenceItemForm):
        if not EvidenceItemForm.objectName():
            EvidenceItemForm.setObjectName(u"EvidenceItemForm")
        self.formLayout = QFormLayout(EvidenceItemForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.itemKindLabel = QLabel(EvidenceItemForm)
        self.itemKindLabel.setObjectName(u"itemKindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemKindLabel)

        self.itemKind = QComboBox(EvidenceItemForm)
        self.itemKind.setObjectName(u"itemKind")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemKind)

        self.itemTitleLabel = QLabel(EvidenceItemForm)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemTitleLabel)

        self.itemTitle = QLineEdit(EvidenceItemForm)
        self.itemTitle.setObjectName(u"itemTitle")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemTitle)

        self.itemDescriptionLabel = QLabel(EvidenceItemForm)
        self.itemDescriptionLabel.setObjectName(u"itemDescriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemDescriptionLabel)

        self.itemDescription = QPlainTextEdit(EvidenceItemForm)
        self.itemDescription.setObjectName(u"itemDescription")
        self.itemDescription.setMaximumSize(QSize(16777215, 60))
        self.itemDescription.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemDescription)

        self.itemSourceLabel = QLabel(EvidenceItemForm)
        self.itemSourceLabel.setObjectName(u"itemSourceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.itemSourceLabel)

        self.itemSource = QLineEdit(EvidenceItemForm)
        self.itemSource.setObjectName(u"itemSource")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.itemSource)

        self.itemCapturedAtLabel = QLabel(EvidenceItemForm)
        self.itemCapturedAtLabel.setObjectName(u"itemCapturedAtLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.itemCapturedAtLabel)

        self.itemCapturedAt = DateField(EvidenceItemForm)
        self.itemCapturedAt.setObjectName(u"itemCapturedAt")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.itemCapturedAt)

        self.itemExcerptLabel = QLabel(EvidenceItemForm)
        self.itemExcerptLabel.setObjectName(u"itemExcerptLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.itemExcerptLabel)

        self.itemExcerpt = QPlainTextEdit(EvidenceItemForm)
        self.itemExcerpt.setObjectName(u"itemExcerpt")
        self.itemExcerpt.setMaximumSize(QSize(16777215, 110))
        self.itemExcerpt.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.itemExcerpt)

        self.itemRefDocumentLabel = QLabel(EvidenceItemForm)
        self.itemRefDocumentLabel.setObjectName(u"itemRefDocumentLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.itemRefDocumentLabel)

        self.itemRefDocument = QLineEdit(EvidenceItemForm)
        self.itemRefDocument.setObjectName(u"itemRefDocument")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemRefDocument)

        self.itemRefSectionLabel = QLabel(EvidenceItemForm)
        self.itemRefSectionLabel.setObjectName(u"itemRefSectionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.itemRefSectionLabel)

        self.itemRefSection = QLineEdit(EvidenceItemForm)
        self.itemRefSection.setObjectName(u"itemRefSection")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.itemRefSection)

        self.itemRefUrlLabel = QLabel(EvidenceItemForm)
        self.itemRefUrlLabel.setObjectName(u"itemRefUrlLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.itemRefUrlLabel)

        self.itemRefUrl = QLineEdit(EvidenceItemForm)
        self.itemRefUrl.setObjectName(u"itemRefUrl")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.itemRefUrl)

#if QT_CONFIG(shortcut)
        self.itemKindLabel.setBuddy(self.itemKind)
        self.itemTitleLabel.setBuddy(self.itemTitle)
        self.itemDescriptionLabel.setBuddy(self.itemDescription)
        self.itemSourceLabel.setBuddy(self.itemSource)
        self.itemCapturedAtLabel.setBuddy(self.itemCapturedAt)
        self.itemExcerptLabel.setBuddy(self.itemExcerpt)
        self.itemRefDocumentLabel.setBuddy(self.itemRefDocument)
        self.itemRefSectionLabel.setBuddy(self.itemRefSection)
        self.itemRefUrlLabel.setBuddy(self.itemRefUrl)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceItemForm)

        QMetaObject.connectSlotsByName(EvidenceItemForm)
    # setupUi

    def retranslateUi(self, EvidenceItemForm):
        EvidenceItemForm.setWindowTitle(QCoreApplication.translate("EvidenceItemForm", u"Evidence item", None))
        self.itemKindLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"&Kind", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"&Title", None))
        self.itemDescriptionLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"&Description", None))
        self.itemSourceLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"&Source", None))
        self.itemSource.setPlaceholderText(QCoreApplication.translate("EvidenceItemForm", u"who supplied it / which system", None))
        self.itemCapturedAtLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"Ca&ptured at", None))
        self.itemExcerptLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"E&xcerpt", None))
        self.itemRefDocumentLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"Reference docu&ment", None))
        self.itemRefSectionLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"Sectio&n", None))
        self.itemRefUrlLabel.setText(QCoreApplication.translate("EvidenceItemForm", u"&URL", None))
    # retranslateUi

