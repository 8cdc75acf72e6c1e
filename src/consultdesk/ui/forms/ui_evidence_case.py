# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_case.ui'
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

class Ui_EvidenceCaseForm(object):
    def setupUi(self, EvidenceCaseForm):
        if not EvidenceCaseForm.objectName():
            EvidenceCaseForm.setObjectName(u"EvidenceCaseForm")
        self.formLayout = QFormLayout(EvidenceCaseForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.caseTitleLabel = QLabel(EvidenceCaseForm)
        self.caseTitleLabel.setObjectName(u"caseTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseTitleLabel)

        self.caseTitle = QLineEdit(EvidenceCaseForm)
        self.caseTitle.setObjectName(u"caseTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseTitle)

        self.caseReportLabel = QLabel(EvidenceCaseForm)
        self.caseReportLabel.setObjectName(u"caseReportLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caseReportLabel)

        self.caseReport = QLineEdit(EvidenceCaseForm)
        self.caseReport.setObjectName(u"caseReport")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caseReport)

        self.caseMetricLabel = QLabel(EvidenceCaseForm)
        self.caseMetricLabel.setObjectName(u"caseMetricLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caseMetricLabel)

        self.caseMetric = QLineEdit(EvidenceCaseForm)
        self.caseMetric.setObjectName(u"caseMetric")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.caseMetric)

        self.casePeriodLabel = QLabel(EvidenceCaseForm)
        self.casePeriodLabel.setObjectName(u"casePeriodLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.casePeriodLabel)

        self.casePeriod = QLineEdit(EvidenceCaseForm)
        self.casePeriod.setObjectName(u"casePeriod")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.casePeriod)

        self.caseExpectedLabel = QLabel(EvidenceCaseForm)
        self.caseExpectedLabel.setObjectName(u"caseExpectedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caseExpectedLabel)

        self.caseExpected = QLineEdit(EvidenceCaseForm)
        self.caseExpected.setObjectName(u"caseExpected")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caseExpected)

        self.caseComputedLabel = QLabel(EvidenceCaseForm)
        self.caseComputedLabel.setObjectName(u"caseComputedLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caseComputedLabel)

        self.caseComputed = QLineEdit(EvidenceCaseForm)
        self.caseComputed.setObjectName(u"caseComputed")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caseComputed)

        self.caseUnitLabel = QLabel(EvidenceCaseForm)
        self.caseUnitLabel.setObjectName(u"caseUnitLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caseUnitLabel)

        self.caseUnit = QLineEdit(EvidenceCaseForm)
        self.caseUnit.setObjectName(u"caseUnit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.caseUnit)

        self.caseDifferenceLabel = QLabel(EvidenceCaseForm)
        self.caseDifferenceLabel.setObjectName(u"caseDifferenceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.caseDifferenceLabel)

        self.caseDifference = QLabel(EvidenceCaseForm)
        self.caseDifference.setObjectName(u"caseDifference")
        self.caseDifference.setText(u"\u2013")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.caseDifference)

        self.caseStatusLabel = QLabel(EvidenceCaseForm)
        self.caseStatusLabel.setObjectName(u"caseStatusLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.caseStatusLabel)

        self.caseStatus = QComboBox(EvidenceCaseForm)
        self.caseStatus.setObjectName(u"caseStatus")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.caseStatus)

        self.caseRootCauseLabel = QLabel(EvidenceCaseForm)
        self.caseRootCauseLabel.setObjectName(u"caseRootCauseLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.caseRootCauseLabel)

        self.caseRootCause = QComboBox(EvidenceCaseForm)
        self.caseRootCause.setObjectName(u"caseRootCause")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.caseRootCause)

        self.caseRootCauseTextLabel = QLabel(EvidenceCaseForm)
        self.caseRootCauseTextLabel.setObjectName(u"caseRootCauseTextLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.caseRootCauseTextLabel)

        self.caseRootCauseText = QLineEdit(EvidenceCaseForm)
        self.caseRootCauseText.setObjectName(u"caseRootCauseText")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.caseRootCauseText)

        self.caseConclusionLabel = QLabel(EvidenceCaseForm)
        self.caseConclusionLabel.setObjectName(u"caseConclusionLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.caseConclusionLabel)

        self.caseConclusion = QPlainTextEdit(EvidenceCaseForm)
        self.caseConclusion.setObjectName(u"caseConclusion")
        self.caseConclusion.setMaximumSize(QSize(16777215, 80))
        self.caseConclusion.setTabChangesFocus(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.caseConclusion)

#if QT_CONFIG(shortcut)
        self.caseTitleLabel.setBuddy(self.caseTitle)
        self.caseReportLabel.setBuddy(self.caseReport)
        self.caseMetricLabel.setBuddy(self.caseMetric)
        self.casePeriodLabel.setBuddy(self.casePeriod)
        self.caseExpectedLabel.setBuddy(self.caseExpected)
        self.caseComputedLabel.setBuddy(self.caseComputed)
        self.caseUnitLabel.setBuddy(self.caseUnit)
        self.caseStatusLabel.setBuddy(self.caseStatus)
        self.caseRootCauseLabel.setBuddy(self.caseRootCause)
        self.caseRootCauseTextLabel.setBuddy(self.caseRootCauseText)
        self.caseConclusionLabel.setBuddy(self.caseConclusion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceCaseForm)

        QMetaObject.connectSlotsByName(EvidenceCaseForm)
    # setupUi

    def retranslateUi(self, EvidenceCaseForm):
        EvidenceCaseForm.setWindowTitle(QCoreApplication.translate("EvidenceCaseForm", u"Dispute case", None))
        self.caseTitleLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Disputed figure", None))
        self.caseTitle.setPlaceholderText(QCoreApplication.translate("EvidenceCaseForm", u"e.g. Monthly valid orders, March report", None))
        self.caseReportLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Report", None))
        self.caseMetricLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Metric", None))
        self.casePeriodLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Period", None))
        self.casePeriod.setPlaceholderText(QCoreApplication.translate("EvidenceCaseForm", u"e.g. 2025-03", None))
        self.caseExpectedLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"Client's e&xpected value", None))
        self.caseExpected.setPlaceholderText(QCoreApplication.translate("EvidenceCaseForm", u"a number, e.g. 1,250", None))
        self.caseComputedLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Computed by the agreed rule", None))
        self.caseComputed.setPlaceholderText(QCoreApplication.translate("EvidenceCaseForm", u"a number, e.g. 1,180", None))
        self.caseUnitLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Unit", None))
        self.caseUnit.setPlaceholderText(QCoreApplication.translate("EvidenceCaseForm", u"e.g. orders", None))
        self.caseDifferenceLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"Difference", None))
        self.caseStatusLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"&Status", None))
        self.caseRootCauseLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"A&greed root cause", None))
        self.caseRootCauseTextLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"Root cause de&tails", None))
        self.caseConclusionLabel.setText(QCoreApplication.translate("EvidenceCaseForm", u"C&onclusion", None))
    # retranslateUi

