# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requirement_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequirementEditorForm(object):
    def setupUi(self, RequirementEditorForm):
        if not RequirementEditorForm.objectName():
            RequirementEditorForm.setObjectName(u"RequirementEditorForm")
        RequirementEditorForm.resize(980, 640)
        self.mainLayout = QVBoxLayout(RequirementEditorForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.reqCode = QLabel(RequirementEditorForm)
        self.reqCode.setObjectName(u"reqCode")
        self.reqCode.setText(u"REQ-000")
        self.reqCode.setStyleSheet(u"font-weight: bold;")

        self.titleRow.addWidget(self.reqCode)

        self.titleLabel = QLabel(RequirementEditorForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.reqTitle = QLineEdit(RequirementEditorForm)
        self.reqTitle.setObjectName(u"reqTitle")

        self.titleRow.addWidget(self.reqTitle)

        self.reqQuadrant = QLabel(RequirementEditorForm)
        self.reqQuadrant.setObjectName(u"reqQuadrant")
        self.reqQuadrant.setText(u"-")

        self.titleRow.addWidget(self.reqQuadrant)


        self.mainLayout.addLayout(self.titleRow)

        self.reqTitleError = QLabel(RequirementEditorForm)
        self.reqTitleError.setObjectName(u"reqTitleError")
        self.reqTitleError.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.reqTitleError)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.textForm = QFormLayout()
        self.textForm.setObjectName(u"textForm")
        self.textForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.descriptionLabel = QLabel(RequirementEditorForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.reqDescription = QPlainTextEdit(RequirementEditorForm)
        self.reqDescription.setObjectName(u"reqDescription")
        self.reqDescription.setTabChangesFocus(True)
        self.reqDescription.setMinimumSize(QSize(0, 90))

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reqDescription)

        self.goalLabel = QLabel(RequirementEditorForm)
        self.goalLabel.setObjectName(u"goalLabel")

        self.textForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.reqGoal = QPlainTextEdit(RequirementEditorForm)
        self.reqGoal.setObjectName(u"reqGoal")
        self.reqGoal.setTabChangesFocus(True)
        self.reqGoal.setMinimumSize(QSize(0, 48))

        self.textForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reqGoal)

        self.currentStateLabel = QLabel(RequirementEditorForm)
        self.currentStateLabel.setObjectName(u"currentStateLabel")

        self.textForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currentStateLabel)

        self.reqCurrentState = QPlainTextEdit(RequirementEditorForm)
        self.reqCurrentState.setObjectName(u"reqCurrentState")
        self.reqCurrentState.setTabChangesFocus(True)
        self.reqCurrentState.setMinimumSize(QSize(0, 48))

        self.textForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reqCurrentState)

        self.successLabel = QLabel(RequirementEditorForm)
        self.successLabel.setObjectName(u"successLabel")

        self.textForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.successLabel)

        self.reqSuccessCriteria = QPlainTextEdit(RequirementEditorForm)
        self.reqSuccessCriteria.setObjectName(u"reqSuccessCriteria")
        self.reqSuccessCriteria.setTabChangesFocus(True)
        self.reqSuccessCriteria.setMinimumSize(QSize(0, 48))

        self.textForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reqSuccessCriteria)

        self.timeLabel = QLabel(RequirementEditorForm)
        self.timeLabel.setObjectName(u"timeLabel")

        self.textForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.reqTimeResources = QPlainTextEdit(RequirementEditorForm)
        self.reqTimeResources.setObjectName(u"reqTimeResources")
        self.reqTimeResources.setTabChangesFocus(True)
        self.reqTimeResources.setMinimumSize(QSize(0, 40))

        self.textForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reqTimeResources)

        self.risksLabel = QLabel(RequirementEditorForm)
        self.risksLabel.setObjectName(u"risksLabel")

        self.textForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.risksLabel)

        self.reqRisks = QPlainTextEdit(RequirementEditorForm)
        self.reqRisks.setObjectName(u"reqRisks")
        self.reqRisks.setTabChangesFocus(True)
        self.reqRisks.setMinimumSize(QSize(0, 40))

        self.textForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reqRisks)

        self.acceptanceLabel = QLabel(RequirementEditorForm)
        self.acceptanceLabel.setObjectName(u"acceptanceLabel")

        self.textForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.acceptanceLabel)

        self.reqAcceptance = QPlainTextEdit(RequirementEditorForm)
        self.reqAcceptance.setObjectName(u"reqAcceptance")
        self.reqAcceptance.setTabChangesFocus(True)
        self.reqAcceptance.setMinimumSize(QSize(0, 48))

        self.textForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reqAcceptance)

        self.notesLabel = QLabel(RequirementEditorForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.textForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.reqNotes = QPlainTextEdit(RequirementEditorForm)
        self.reqNotes.setObjectName(u"reqNotes")
        self.reqNotes.setTabChangesFocus(True)
        self.reqNotes.setMinimumSize(QSize(0, 40))

        self.textForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reqNotes)


        self.bodyRow.addLayout(self.textForm)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setObjectName(u"sideColumn")
        self.priorityBox = QGroupBox(RequirementEditorForm)
        self.priorityBox.setObjectName(u"priorityBox")
        self.priorityForm = QFormLayout(self.priorityBox)
        self.priorityForm.setObjectName(u"priorityForm")
        self.typeLabel = QLabel(self.priorityBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.priorityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.reqType = QComboBox(self.priorityBox)
        self.reqType.setObjectName(u"reqType")

        self.priorityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reqType)

        self.statusLabel = QLabel(self.priorityBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.priorityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.reqStatus = QComboBox(self.priorityBox)
        self.reqStatus.setObjectName(u"reqStatus")

        self.priorityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reqStatus)

        self.valueLabel = QLabel(self.priorityBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.priorityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.reqValue = QComboBox(self.priorityBox)
        self.reqValue.setObjectName(u"reqValue")

        self.priorityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reqValue)

        self.urgencyLabel = QLabel(self.priorityBox)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.priorityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.reqUrgency = QComboBox(self.priorityBox)
        self.reqUrgency.setObjectName(u"reqUrgency")

        self.priorityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reqUrgency)

        self.costLabel = QLabel(self.priorityBox)
        self.costLabel.setObjectName(u"costLabel")

        self.priorityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.reqCost = QComboBox(self.priorityBox)
        self.reqCost.setObjectName(u"reqCost")

        self.priorityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reqCost)

        self.coreLabel = QLabel(self.priorityBox)
        self.coreLabel.setObjectName(u"coreLabel")

        self.priorityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coreLabel)

        self.reqCore = QComboBox(self.priorityBox)
        self.reqCore.setObjectName(u"reqCore")

        self.priorityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reqCore)

        self.sourceLabel = QLabel(self.priorityBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.priorityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.reqSource = QLineEdit(self.priorityBox)
        self.reqSource.setObjectName(u"reqSource")

        self.priorityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reqSource)

        self.interviewLabel = QLabel(self.priorityBox)
        self.interviewLabel.setObjectName(u"interviewLabel")

        self.priorityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.interviewLabel)

        self.reqInterview = QComboBox(self.priorityBox)
        self.reqInterview.setObjectName(u"reqInterview")

        self.priorityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reqInterview)

        self.tagLabel = QLabel(self.priorityBox)
        self.tagLabel.setObjectName(u"tagLabel")

        self.priorityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tagLabel)

        self.reqTag = QLineEdit(self.priorityBox)
        self.reqTag.setObjectName(u"reqTag")

        self.priorityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reqTag)


        self.sideColumn.addWidget(self.priorityBox)

        self.checkBox = QGroupBox(RequirementEditorForm)
        self.checkBox.setObjectName(u"checkBox")
        self.checkForm = QFormLayout(self.checkBox)
        self.checkForm.setObjectName(u"checkForm")
        self.whyLabel = QLabel(self.checkBox)
        self.whyLabel.setObjectName(u"whyLabel")

        self.checkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whyLabel)

        self.reqWhy = QLineEdit(self.checkBox)
        self.reqWhy.setObjectName(u"reqWhy")

        self.checkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reqWhy)

        self.whatLabel = QLabel(self.checkBox)
        self.whatLabel.setObjectName(u"whatLabel")

        self.checkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.reqWhat = QLineEdit(self.checkBox)
        self.reqWhat.setObjectName(u"reqWhat")

        self.checkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reqWhat)

        self.whoLabel = QLabel(self.checkBox)
        self.whoLabel.setObjectName(u"whoLabel")

        self.checkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.reqWho = QLineEdit(self.checkBox)
        self.reqWho.setObjectName(u"reqWho")

        self.checkForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reqWho)

        self.whenLabel = QLabel(self.checkBox)
        self.whenLabel.setObjectName(u"whenLabel")

        self.checkForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.reqWhen = QLineEdit(self.checkBox)
        self.reqWhen.setObjectName(u"reqWhen")

        self.checkForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reqWhen)

        self.whereLabel = QLabel(self.checkBox)
        self.whereLabel.setObjectName(u"whereLabel")

        self.checkForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.whereLabel)

        self.reqWhere = QLineEdit(self.checkBox)
        self.reqWhere.setObjectName(u"reqWhere")

        self.checkForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reqWhere)

        self.howLabel = QLabel(self.checkBox)
        self.howLabel.setObjectName(u"howLabel")

        self.checkForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.reqHow = QLineEdit(self.checkBox)
        self.reqHow.setObjectName(u"reqHow")

        self.checkForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reqHow)


        self.sideColumn.addWidget(self.checkBox)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideColumn.addItem(self.sideSpacer)


        self.bodyRow.addLayout(self.sideColumn)

        self.bodyRow.setStretch(0, 3)
        self.bodyRow.setStretch(1, 2)

        self.mainLayout.addLayout(self.bodyRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.reqTitle)
        self.descriptionLabel.setBuddy(self.reqDescription)
        self.goalLabel.setBuddy(self.reqGoal)
        self.currentStateLabel.setBuddy(self.reqCurrentState)
        self.successLabel.setBuddy(self.reqSuccessCriteria)
        self.timeLabel.setBuddy(self.reqTimeResources)
        self.risksLabel.setBuddy(self.reqRisks)
        self.acceptanceLabel.setBuddy(self.reqAcceptance)
        self.notesLabel.setBuddy(self.reqNotes)
        self.typeLabel.setBuddy(self.reqType)
        self.statusLabel.setBuddy(self.reqStatus)
        self.valueLabel.setBuddy(self.reqValue)
        self.urgencyLabel.setBuddy(self.reqUrgency)
        self.costLabel.setBuddy(self.reqCost)
        self.coreLabel.setBuddy(self.reqCore)
        self.sourceLabel.setBuddy(self.reqSource)
        self.interviewLabel.setBuddy(self.reqInterview)
        self.tagLabel.setBuddy(self.reqTag)
        self.whyLabel.setBuddy(self.reqWhy)
        self.whatLabel.setBuddy(self.reqWhat)
        self.whoLabel.setBuddy(self.reqWho)
        self.whenLabel.setBuddy(self.reqWhen)
        self.whereLabel.setBuddy(self.reqWhere)
        self.howLabel.setBuddy(self.reqHow)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequirementEditorForm)

        QMetaObject.connectSlotsByName(RequirementEditorForm)
    # setupUi

    def retranslateUi(self, RequirementEditorForm):
        RequirementEditorForm.setWindowTitle(QCoreApplication.translate("RequirementEditorForm", u"Requirement", None))
        self.titleLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"&Title", None))
        self.reqTitle.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Short name of the requirement", None))
        self.reqTitleError.setText(QCoreApplication.translate("RequirementEditorForm", u"A requirement needs a title.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"&Description", None))
        self.reqDescription.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"What the client asked for, in their words", None))
        self.goalLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Goa&l", None))
        self.reqGoal.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"The business result wanted, e.g. cut parent-app load time-outs below 5 %", None))
        self.currentStateLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"C&urrent state", None))
        self.reqCurrentState.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"The pain today and how far it reaches", None))
        self.successLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"&Success criteria", None))
        self.reqSuccessCriteria.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Measurable: figure, threshold, date", None))
        self.timeLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Ti&me and resources", None))
        self.reqTimeResources.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Deadline, budget, people", None))
        self.risksLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Ris&ks and dependencies", None))
        self.reqRisks.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"What could stop it; what it waits for", None))
        self.acceptanceLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Acce&ptance criteria", None))
        self.reqAcceptance.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"How the client will check it is done", None))
        self.notesLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"&Notes", None))
        self.reqNotes.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Remarks, and the reasons given with the scores", None))
        self.priorityBox.setTitle(QCoreApplication.translate("RequirementEditorForm", u"Priority and status", None))
        self.typeLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"T&ype", None))
        self.statusLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"St&atus", None))
        self.valueLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"&Value (1\u20135)", None))
        self.urgencyLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"U&rgency (1\u20135)", None))
        self.costLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"C&ost (1\u20135)", None))
        self.coreLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Core or nois&e", None))
        self.sourceLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Sour&ce", None))
        self.reqSource.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Interview or meeting it came from", None))
        self.interviewLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"From &interview", None))
        self.tagLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Ta&g", None))
        self.checkBox.setTitle(QCoreApplication.translate("RequirementEditorForm", u"5W1H check", None))
        self.whyLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Why", None))
        self.reqWhy.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Which core goal does it serve?", None))
        self.whatLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"What", None))
        self.reqWhat.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"What exactly is to be delivered?", None))
        self.whoLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Who", None))
        self.reqWho.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Who needs it, who is affected?", None))
        self.whenLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"When", None))
        self.reqWhen.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"By when, how often?", None))
        self.whereLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"Where", None))
        self.reqWhere.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"Which system, module, site?", None))
        self.howLabel.setText(QCoreApplication.translate("RequirementEditorForm", u"How", None))
        self.reqHow.setPlaceholderText(QCoreApplication.translate("RequirementEditorForm", u"How will it be done or measured?", None))
    # retranslateUi

