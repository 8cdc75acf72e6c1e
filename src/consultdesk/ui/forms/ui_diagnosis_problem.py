# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnosis_problem.ui'
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

class Ui_DiagnosisProblemForm(object):
    def setupUi(self, DiagnosisProblemForm):
        if not DiagnosisProblemForm.objectName():
            DiagnosisProblemForm.setObjectName(u"DiagnosisProblemForm")
        self.formLayout = QFormLayout(DiagnosisProblemForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.diagnosisTitleLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisTitleLabel.setObjectName(u"diagnosisTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.diagnosisTitleLabel)

        self.diagnosisTitle = QLineEdit(DiagnosisProblemForm)
        self.diagnosisTitle.setObjectName(u"diagnosisTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.diagnosisTitle)

        self.diagnosisPhenomenonLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisPhenomenonLabel.setObjectName(u"diagnosisPhenomenonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.diagnosisPhenomenonLabel)

        self.diagnosisPhenomenon = QPlainTextEdit(DiagnosisProblemForm)
        self.diagnosisPhenomenon.setObjectName(u"diagnosisPhenomenon")
        self.diagnosisPhenomenon.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.diagnosisPhenomenon)

        self.diagnosisImpactLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisImpactLabel.setObjectName(u"diagnosisImpactLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.diagnosisImpactLabel)

        self.diagnosisImpact = QPlainTextEdit(DiagnosisProblemForm)
        self.diagnosisImpact.setObjectName(u"diagnosisImpact")
        self.diagnosisImpact.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.diagnosisImpact)

        self.diagnosisScopeLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisScopeLabel.setObjectName(u"diagnosisScopeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.diagnosisScopeLabel)

        self.diagnosisScope = QPlainTextEdit(DiagnosisProblemForm)
        self.diagnosisScope.setObjectName(u"diagnosisScope")
        self.diagnosisScope.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.diagnosisScope)

        self.diagnosisImpactClientLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisImpactClientLabel.setObjectName(u"diagnosisImpactClientLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.diagnosisImpactClientLabel)

        self.diagnosisImpactClient = QPlainTextEdit(DiagnosisProblemForm)
        self.diagnosisImpactClient.setObjectName(u"diagnosisImpactClient")
        self.diagnosisImpactClient.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.diagnosisImpactClient)

        self.diagnosisImpactUsLabel = QLabel(DiagnosisProblemForm)
        self.diagnosisImpactUsLabel.setObjectName(u"diagnosisImpactUsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.diagnosisImpactUsLabel)

        self.diagnosisImpactUs = QPlainTextEdit(DiagnosisProblemForm)
        self.diagnosisImpactUs.setObjectName(u"diagnosisImpactUs")
        self.diagnosisImpactUs.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.diagnosisImpactUs)

        self.diagnosisError = QLabel(DiagnosisProblemForm)
        self.diagnosisError.setObjectName(u"diagnosisError")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.diagnosisError)

#if QT_CONFIG(shortcut)
        self.diagnosisTitleLabel.setBuddy(self.diagnosisTitle)
        self.diagnosisPhenomenonLabel.setBuddy(self.diagnosisPhenomenon)
        self.diagnosisImpactLabel.setBuddy(self.diagnosisImpact)
        self.diagnosisScopeLabel.setBuddy(self.diagnosisScope)
        self.diagnosisImpactClientLabel.setBuddy(self.diagnosisImpactClient)
        self.diagnosisImpactUsLabel.setBuddy(self.diagnosisImpactUs)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DiagnosisProblemForm)

        QMetaObject.connectSlotsByName(DiagnosisProblemForm)
    # setupUi

    def retranslateUi(self, DiagnosisProblemForm):
        DiagnosisProblemForm.setWindowTitle(QCoreApplication.translate("DiagnosisProblemForm", u"Problem", None))
        self.diagnosisTitleLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"&Title", None))
        self.diagnosisPhenomenonLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"&Phenomenon", None))
        self.diagnosisPhenomenon.setPlaceholderText(QCoreApplication.translate("DiagnosisProblemForm", u"What is seen, e.g. the system stalls", None))
        self.diagnosisImpactLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"&Impact", None))
        self.diagnosisImpact.setPlaceholderText(QCoreApplication.translate("DiagnosisProblemForm", u"What it causes, e.g. clients cannot submit orders", None))
        self.diagnosisScopeLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"&Scope", None))
        self.diagnosisScope.setPlaceholderText(QCoreApplication.translate("DiagnosisProblemForm", u"Where and when, e.g. only module X at peak hours", None))
        self.diagnosisImpactClientLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"Impact on the &client", None))
        self.diagnosisImpactClient.setPlaceholderText(QCoreApplication.translate("DiagnosisProblemForm", u"Quantified: orders delayed per day, money lost", None))
        self.diagnosisImpactUsLabel.setText(QCoreApplication.translate("DiagnosisProblemForm", u"Impact on &us", None))
        self.diagnosisImpactUs.setPlaceholderText(QCoreApplication.translate("DiagnosisProblemForm", u"Complaints, reputation", None))
    # retranslateUi

