<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ConsultDesk</source>
        <translation>关于 ConsultDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for independent consultants.&lt;/p&gt;&lt;p&gt;Application id: {app_id}. Released under the MIT License; the libraries it ships are listed under Third-party notices with their licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;面向独立咨询顾问的离线工作台。&lt;/p&gt;&lt;p&gt;应用标识：{app_id}。以 MIT 许可证发布；随附的第三方库及其许可证见“第三方声明”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
</context>
<context>
    <name>AcceptancePage</name>
    <message>
        <source>%1 of %2 test cases passed; %3 requirements accepted.</source>
        <translation>%2 个测试用例中通过 %1 个；%3 项需求已验收。</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Add test case</source>
        <translation>添加测试用例</translation>
    </message>
    <message>
        <source>Test case:</source>
        <translation>测试用例：</translation>
    </message>
    <message>
        <source>Add test case…</source>
        <translation>添加测试用例…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export acceptance record…</source>
        <translation>导出验收记录…</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>见证人：</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Case</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 项未完成，%2 项逾期</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Go to source</source>
        <translation>转到来源</translation>
    </message>
</context>
<context>
    <name>AttachJob</name>
    <message>
        <source>The files to attach are %1 MB together. Copying them into the workspace takes a while and uses as much disk space. Attach them anyway?</source>
        <translation>要附加的文件共 %1 MB。复制到工作区需要一些时间，并占用同样大小的磁盘空间。仍要附加吗？</translation>
    </message>
    <message>
        <source>Large files</source>
        <translation>大文件</translation>
    </message>
    <message>
        <source>Copying evidence files into the workspace…</source>
        <translation>正在将证据文件复制到工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>无法附加</translation>
    </message>
</context>
<context>
    <name>BaselineLabels</name>
    <message>
        <source>Client</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Authored</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Small (no milestone moves)</source>
        <translation>小变更（里程碑不变）</translation>
    </message>
    <message>
        <source>Large (schedule or cost moves)</source>
        <translation>大变更（工期或费用变化）</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Delivery standards</source>
        <translation>交付标准</translation>
    </message>
    <message>
        <source>Acceptance procedure</source>
        <translation>验收方式</translation>
    </message>
    <message>
        <source>Change rules</source>
        <translation>变更规则</translation>
    </message>
</context>
<context>
    <name>BaselineTables</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估时限</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>工期影响</translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation>费用影响</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含变更</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签署含义</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requirement / section</source>
        <translation>需求 / 章节</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old (baseline)</source>
        <translation>原值（基线）</translation>
    </message>
    <message>
        <source>New (now)</source>
        <translation>新值（当前）</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>变更申请</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Board</source>
        <translation>四象限(&amp;B)</translation>
    </message>
    <message>
        <source>Ex&amp;pand or Fold the Cell (+ / −)</source>
        <translation>展开或收起此格(&amp;P)（+ / −）</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Card Densit&amp;y</source>
        <translation>卡片密度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>宽松(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation>紧凑(&amp;M)</translation>
    </message>
    <message>
        <source>Show every card of the selected card's cell, or fold it back to its "+N" badge</source>
        <translation>显示所选卡片所在格的全部卡片，或收起为“+N”标记</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoo&amp;m Out</source>
        <translation>缩小(&amp;M)</translation>
    </message>
    <message>
        <source>Find Card&amp;s…</source>
        <translation>查找卡片(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Requirement</source>
        <translation>新建需求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Requirement</source>
        <translation>打开需求(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Cards</source>
        <translation>删除所选卡片(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected cards (Delete key on the board; undoable)</source>
        <translation>删除所选卡片（在四象限上按 Delete 键；可撤销）</translation>
    </message>
    <message>
        <source>Select A&amp;ll Cards</source>
        <translation>全选卡片(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BoardFilterBar</name>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search code, title, text… (Ctrl+F)</source>
        <translation>搜索编号、标题、内容…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>隐藏其余</translation>
    </message>
    <message>
        <source>Hide the cards that do not match instead of dimming them</source>
        <translation>隐藏不匹配的卡片，而不是淡化显示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Urgency →</source>
        <translation>紧急度 →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>价值 →</translation>
    </message>
    <message>
        <source>Changed since sign-off</source>
        <translation>签署后有变更</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Collapse this cell</source>
        <translation>收起此格</translation>
    </message>
    <message numerus="yes">
        <source>%n more card(s): click to show all</source>
        <translation><numerusform>还有 %n 张卡片：点击展开全部</numerusform></translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Board</source>
        <translation>四象限</translation>
    </message>
    <message>
        <source>“{title}” was not added: requirements belong to an engagement, and none is chosen. Create an engagement now and add it there?</source>
        <translation>“{title}”未添加：需求属于项目，而当前未选择项目。现在新建一个项目并添加到其中吗？</translation>
    </message>
    <message>
        <source>Drag cards to re-score them · double-click an empty spot (or Insert) to add · double-click a card to edit · Delete removes · Ctrl+arrows move one cell · + shows every card of a cell · Ctrl+wheel zooms</source>
        <translation>拖动卡片即重新评分 · 双击空白处（或按 Insert）新增 · 双击卡片编辑 · Delete 删除 · Ctrl+方向键移动一格 · + 展开一格的全部卡片 · Ctrl+滚轮缩放</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>%1 · %2 · value %3 · urgency %4</source>
        <translation>%1 · %2 · 价值 %3 · 紧急度 %4</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Changed since sign-off</source>
        <translation>签署后有变更</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Moved on without a reviewer's agreement; reason: %1</source>
        <translation>未经评审人同意即变更状态；理由：%1</translation>
    </message>
    <message>
        <source>– (enter both values)</source>
        <translation>–（请填写两个数值）</translation>
    </message>
    <message>
        <source>computed − expected</source>
        <translation>计算值 − 预期值</translation>
    </message>
    <message>
        <source>No reviewer has agreed yet</source>
        <translation>尚无评审人同意</translation>
    </message>
    <message>
        <source>Reason for the override (leave empty to cancel):</source>
        <translation>强制变更的理由（留空则取消）：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Disputed figure</source>
        <translation>争议数据</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CauseDetailForm</name>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>原因(&amp;C)</translation>
    </message>
    <message>
        <source>Verification &amp;method</source>
        <translation>验证方式(&amp;M)</translation>
    </message>
    <message>
        <source>Verification res&amp;ult</source>
        <translation>验证结果(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>验证状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Root cause</source>
        <translation>根本原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. log analysis, monitoring, interviews</source>
        <translation>如：日志分析、监控、访谈</translation>
    </message>
</context>
<context>
    <name>CauseDetailPanel</name>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>已排除</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message>
        <source>Computed by the agreed rule</source>
        <translation>按约定口径计算</translation>
    </message>
    <message>
        <source>Client's expected value</source>
        <translation>客户预期值</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性检查</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with files changed or missing since capture:</source>
        <translation>
            <numerusform>%n 项证据的文件在采集后被修改或已缺失：</numerusform>
        </translation>
    </message>
    <message>
        <source>All five kinds of evidence are present and every link has evidence on both ends.</source>
        <translation>五类证据齐全，每条关联两端均有证据内容。</translation>
    </message>
    <message>
        <source>No file, excerpt or reference:</source>
        <translation>缺少文件、摘录或出处：</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) without evidence on both ends</source>
        <translation>
            <numerusform>%n 条关联的两端缺少证据内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not linked into the chain yet</source>
        <translation>
            <numerusform>%n 项证据尚未关联进证据链</numerusform>
        </translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>A link needs two evidence items.</source>
        <translation>关联需要两个证据。</translation>
    </message>
    <message>
        <source>Link from:</source>
        <translation>关联起点：</translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation>将“%1”关联到：</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>Link to remove:</source>
        <translation>要删除的关联：</translation>
    </message>
    <message>
        <source>Drag from one item to another to link them, or press Ctrl+L to pick both ends. Click a link and press Delete to remove it.</source>
        <translation>从一个证据拖到另一个证据即可建立关联，也可按 Ctrl+L 选择两端；单击关联线后按 Delete 删除。</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>关联到(&amp;L)…</translation>
    </message>
    <message>
        <source>Link two items from the keyboard (Ctrl+L)</source>
        <translation>用键盘关联两个证据（Ctrl+L）</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>关联证据…</translation>
    </message>
    <message>
        <source>Remove selected link</source>
        <translation>删除选中的关联</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation>新建变更申请</translation>
    </message>
    <message>
        <source>Change request %1</source>
        <translation>变更申请 %1</translation>
    </message>
    <message>
        <source>(new requirement)</source>
        <translation>（新需求）</translation>
    </message>
    <message>
        <source>%1 %2 (deleted)</source>
        <translation>%1 %2（已删除）</translation>
    </message>
</context>
<context>
    <name>ChangeRequestForm</name>
    <message>
        <source>Change request</source>
        <translation>变更申请</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Requested &amp;by</source>
        <translation>申请人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>规模(&amp;S)</translation>
    </message>
    <message>
        <source>Impact on sc&amp;hedule</source>
        <translation>工期影响(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. none, or +2 weeks for milestone M2</source>
        <translation>例如：无，或里程碑 M2 延后 2 周</translation>
    </message>
    <message>
        <source>Impact on c&amp;ost</source>
        <translation>费用影响(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. none, or +3 person-days</source>
        <translation>例如：无，或增加 3 人日</translation>
    </message>
    <message>
        <source>Change-board &amp;meeting held</source>
        <translation>已召开变更评审会(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Written confirmation</source>
        <translation>书面确认(&amp;W)</translation>
    </message>
    <message>
        <source>Client's e-mail or letter (reference)</source>
        <translation>客户的确认邮件或函件（编号）</translation>
    </message>
    <message>
        <source>Re&amp;quirements affected</source>
        <translation>涉及的需求(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsModel</name>
    <message>
        <source>meeting</source>
        <translation>评审会</translation>
    </message>
    <message>
        <source>written confirmation</source>
        <translation>书面确认</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>需要%1</translation>
    </message>
    <message>
        <source> + </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可以决定</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>超时决定</translation>
    </message>
    <message>
        <source>Decided in time</source>
        <translation>按时决定</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>new requirement</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsPage</name>
    <message>
        <source>%1 open</source>
        <translation>%1 项未结</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b3261e'&gt;%1 overdue&lt;/b&gt;</source>
        <translation>&lt;b style='color:#b3261e'&gt;%1 项超时&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 refers to %2, which has been deleted.</source>
        <translation>%1 涉及的 %2 已被删除。</translation>
    </message>
    <message>
        <source>New change request</source>
        <translation>新建变更申请</translation>
    </message>
    <message>
        <source>Edit change request</source>
        <translation>编辑变更申请</translation>
    </message>
    <message>
        <source>Delete change request</source>
        <translation>删除变更申请</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? (Undo restores it.)</source>
        <translation>删除 %1“%2”？（可撤销恢复。）</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>更改 %1 的状态</translation>
    </message>
    <message>
        <source>Approve anyway?</source>
        <translation>仍要批准吗？</translation>
    </message>
    <message>
        <source>Decided by (name or change board):</source>
        <translation>决定人（姓名或变更委员会）：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Start assessing</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>标记为已实施</translation>
    </message>
    <message>
        <source>New change request (%1)</source>
        <translation>新建变更申请（%1）</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>显示已关闭</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Company name, e.g. 华信教育科技有限公司</source>
        <translation>公司名称，例如 华信教育科技有限公司</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>规模(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 300 staff, 80,000 users</source>
        <translation>例如 300 名员工、8 万用户</translation>
    </message>
    <message>
        <source>&amp;Technical level</source>
        <translation>技术水平(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>背景(&amp;B)</translation>
    </message>
    <message>
        <source>Histor&amp;y with us</source>
        <translation>合作历史(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>业务负责人</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>技术负责人</translation>
    </message>
    <message>
        <source>Affected party</source>
        <translation>受影响者</translation>
    </message>
    <message>
        <source>Feature optimisation</source>
        <translation>功能优化</translation>
    </message>
    <message>
        <source>Architecture rework</source>
        <translation>架构重构</translation>
    </message>
    <message>
        <source>New technology introduction</source>
        <translation>新技术引入</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search clients (Ctrl+F)</source>
        <translation>搜索客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Ne&amp;w client</source>
        <translation>新建客户(&amp;W)</translation>
    </message>
    <message>
        <source>Start a new client: type its name and press Enter (Ctrl+N)</source>
        <translation>新建客户：输入名称后按回车（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>List archived clients too (read-only, restorable)</source>
        <translation>同时列出已归档的客户（只读，可恢复）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Bring the client back into the lists; it can be edited again</source>
        <translation>让该客户重新出现在列表中，并可再次编辑</translation>
    </message>
    <message>
        <source>Hide the client and make it read-only; its records stay and are still checked</source>
        <translation>隐藏该客户并设为只读；其记录保留并继续接受校验</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>A client needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <source>Duplicate client name</source>
        <translation>客户名称重复</translation>
    </message>
    <message>
        <source>There is already a client named “%1”. Keep a second client named “%2”?</source>
        <translation>已有名为“%1”的客户。仍要再建一个名为“%2”的客户吗？</translation>
    </message>
    <message>
        <source>Not stored: another client has this name.</source>
        <translation>未保存：已有同名客户。</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>咨询项目</translation>
    </message>
    <message>
        <source>New &amp;client</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <source>Archive it now?</source>
        <translation>现在归档吗？</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its contacts, engagements and their records? You can undo this with Ctrl+Z.</source>
        <translation>删除“{name}”及其全部对接人、项目和记录？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>删除客户</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Counterpart kind</source>
        <translation>对接人类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Add a contact: type a name and press Enter</source>
        <translation>添加对接人：输入姓名后按回车</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>清除日期（Delete）</translation>
    </message>
    <message>
        <source>Not a date: “%1” is kept as written until you pick a date.</source>
        <translation>不是日期：“%1”按原文保留，选择日期后替换。</translation>
    </message>
</context>
<context>
    <name>DiagnosisProblemForm</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phenomenon</source>
        <translation>现象(&amp;P)</translation>
    </message>
    <message>
        <source>What is seen, e.g. the system stalls</source>
        <translation>看到了什么，如：系统卡顿</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>影响(&amp;I)</translation>
    </message>
    <message>
        <source>What it causes, e.g. clients cannot submit orders</source>
        <translation>造成了什么，如：客户无法提交订单</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>范围(&amp;S)</translation>
    </message>
    <message>
        <source>Where and when, e.g. only module X at peak hours</source>
        <translation>在哪里、什么时候，如：仅 X 模块高峰期</translation>
    </message>
    <message>
        <source>Impact on the &amp;client</source>
        <translation>对客户的影响(&amp;C)</translation>
    </message>
    <message>
        <source>Quantified: orders delayed per day, money lost</source>
        <translation>量化：每天延误订单数、损失金额</translation>
    </message>
    <message>
        <source>Impact on &amp;us</source>
        <translation>对我方的影响(&amp;U)</translation>
    </message>
    <message>
        <source>Complaints, reputation</source>
        <translation>投诉、口碑</translation>
    </message>
</context>
<context>
    <name>DiagnosisSheetModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>是否根本原因</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>There is no such category.</source>
        <translation>没有这个类别。</translation>
    </message>
</context>
<context>
    <name>DiagnosisTab</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>新建诊断</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Delete this diagnosis with its fishbone and solution plan?</source>
        <translation>删除此诊断及其鱼骨图和解决方案计划？</translation>
    </message>
    <message>
        <source>Delete diagnosis</source>
        <translation>删除诊断</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放倍数：</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation>鱼骨图</translation>
    </message>
    <message>
        <source>Diagnosis sheet</source>
        <translation>诊断表</translation>
    </message>
    <message>
        <source>Solution plan</source>
        <translation>解决方案计划</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Category ←</source>
        <translation>类别 ←</translation>
    </message>
    <message>
        <source>Category →</source>
        <translation>类别 →</translation>
    </message>
    <message>
        <source>6M preset</source>
        <translation>6M 预设</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Tab: add sub-cause · Enter: add sibling · F2: edit · Delete: remove · arrows: move · Ctrl+arrows: reorder categories</source>
        <translation>Tab：添加子原因 · Enter：添加同级 · F2：编辑 · Delete：删除 · 方向键：移动 · Ctrl+方向键：调整类别顺序</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>New diagnosis…</source>
        <translation>新建诊断…</translation>
    </message>
    <message>
        <source>Export fishbone as PNG…</source>
        <translation>导出鱼骨图为 PNG…</translation>
    </message>
    <message>
        <source>Export fishbone as SVG…</source>
        <translation>导出鱼骨图为 SVG…</translation>
    </message>
    <message>
        <source>Apply 6M categories</source>
        <translation>使用 6M 类别</translation>
    </message>
    <message>
        <source>Fit diagram to window</source>
        <translation>图表适应窗口</translation>
    </message>
</context>
<context>
    <name>DiagramController</name>
    <message numerus="yes">
        <source>The category “%1” holds %n cause(s). Delete it with all its causes?</source>
        <translation>
            <numerusform>类别“%1”下有 %n 个原因。连同所有原因一起删除？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除类别</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（删除）</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>无变更申请</translation>
    </message>
    <message>
        <source>Not covered by an approved change request: this change was made after sign-off without one.</source>
        <translation>没有已批准的变更申请：此修改发生在签署之后，且未经变更申请。</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Requirements Specification</source>
        <translation>需求规格说明书</translation>
    </message>
    <message>
        <source>Requirement summary</source>
        <translation>需求摘要</translation>
    </message>
    <message>
        <source>Diagnosis report</source>
        <translation>问题诊断报告</translation>
    </message>
    <message>
        <source>Dispute minutes</source>
        <translation>争议确认纪要</translation>
    </message>
</context>
<context>
    <name>EngagementForm</name>
    <message>
        <source>An engagement needs a title.</source>
        <translation>项目必须有标题。</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>咨询项目</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>初步分类(&amp;C)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Budget range</source>
        <translation>预算范围(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 200k–300k CNY</source>
        <translation>例如 20–30 万元</translation>
    </message>
    <message>
        <source>Expected d&amp;uration</source>
        <translation>预计周期(&amp;U)</translation>
    </message>
    <message>
        <source>Com&amp;patibility</source>
        <translation>兼容性要求(&amp;P)</translation>
    </message>
    <message>
        <source>End &amp;date</source>
        <translation>结束日期(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 3 months</source>
        <translation>例如 3 个月</translation>
    </message>
    <message>
        <source>Sta&amp;rt date</source>
        <translation>开始日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EngagementPicker</name>
    <message>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>项目：</translation>
    </message>
</context>
<context>
    <name>EngagementsPage</name>
    <message>
        <source>New engagement: type a title and press Enter</source>
        <translation>新建项目：输入标题后按回车</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>客户访谈</translation>
    </message>
    <message>
        <source>Pre-visit questions</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>{title} (archived)</source>
        <translation>{title}（已归档）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Bring the engagement back; it can be edited again</source>
        <translation>恢复该项目，可再次编辑</translation>
    </message>
    <message>
        <source>Hide the engagement and make it read-only; its records stay and are still checked</source>
        <translation>隐藏该项目并设为只读；其记录保留并继续接受校验</translation>
    </message>
    <message>
        <source>Archive it now?</source>
        <translation>现在归档吗？</translation>
    </message>
    <message>
        <source>Delete the engagement “{title}” with its interviews and requirements? You can undo this with Ctrl+Z.</source>
        <translation>删除项目“{title}”及其访谈和需求？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>删除项目</translation>
    </message>
</context>
<context>
    <name>EvidenceCaseForm</name>
    <message>
        <source>Dispute case</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>&amp;Disputed figure</source>
        <translation>争议数据(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Monthly valid orders, March report</source>
        <translation>例如：3 月月报 有效订单数</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计周期(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 2025-03</source>
        <translation>例如：2025-03</translation>
    </message>
    <message>
        <source>Client's e&amp;xpected value</source>
        <translation>客户预期值(&amp;X)</translation>
    </message>
    <message>
        <source>A&amp;greed root cause</source>
        <translation>认定的差异原因(&amp;G)</translation>
    </message>
    <message>
        <source>Root cause de&amp;tails</source>
        <translation>原因说明(&amp;T)</translation>
    </message>
    <message>
        <source>a number, e.g. 1,250</source>
        <translation>数字，例如 1,250</translation>
    </message>
    <message>
        <source>&amp;Computed by the agreed rule</source>
        <translation>按约定口径计算值(&amp;C)</translation>
    </message>
    <message>
        <source>a number, e.g. 1,180</source>
        <translation>数字，例如 1,180</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. orders</source>
        <translation>例如：单</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;onclusion</source>
        <translation>结论(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EvidenceHistory</name>
    <message>
        <source>Dispute case</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Creation undone</source>
        <translation>撤销新建</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Client's expected value</source>
        <translation>客户期望值</translation>
    </message>
    <message>
        <source>Computed value</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason to move on without agreement</source>
        <translation>未达成一致而推进的理由</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Root cause explained</source>
        <translation>差异原因说明</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>链接地址</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>是否同意</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Our attendees</source>
        <translation>我方参会人</translation>
    </message>
    <message>
        <source>Client attendees</source>
        <translation>客户参会人</translation>
    </message>
    <message>
        <source>Confirmed facts</source>
        <translation>确认的事实</translation>
    </message>
    <message>
        <source>Agreed root cause</source>
        <translation>认定的差异原因</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>EvidenceItemForm</name>
    <message>
        <source>Evidence item</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>who supplied it / which system</source>
        <translation>由谁提供 / 来自哪个系统</translation>
    </message>
    <message>
        <source>Ca&amp;ptured at</source>
        <translation>采集时间(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>摘录(&amp;X)</translation>
    </message>
    <message>
        <source>Reference docu&amp;ment</source>
        <translation>出处文档(&amp;M)</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>章节(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>网址(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EvidenceLabels</name>
    <message>
        <source>Raw data snapshot</source>
        <translation>原始数据快照</translation>
    </message>
    <message>
        <source>Processing logic</source>
        <translation>数据处理逻辑</translation>
    </message>
    <message>
        <source>Business rule basis</source>
        <translation>业务规则依据</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比分析</translation>
    </message>
    <message>
        <source>Test case / simulated data</source>
        <translation>测试用例 / 模拟数据</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No raw data snapshot yet</source>
        <translation>尚无原始数据快照</translation>
    </message>
    <message>
        <source>No processing logic yet</source>
        <translation>尚无数据处理逻辑</translation>
    </message>
    <message>
        <source>No business-rule basis yet</source>
        <translation>尚无业务规则依据</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>尚无对比分析</translation>
    </message>
    <message>
        <source>No test case yet</source>
        <translation>尚无测试用例</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Internal consensus</source>
        <translation>内部已达成共识</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>已与客户开会</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>(not agreed yet)</source>
        <translation>（尚未认定）</translation>
    </message>
    <message>
        <source>Client data error</source>
        <translation>客户数据错误</translation>
    </message>
    <message>
        <source>Client misunderstanding of the rule</source>
        <translation>规则理解偏差</translation>
    </message>
    <message>
        <source>The rule needs updating</source>
        <translation>规则需更新</translation>
    </message>
    <message>
        <source>Unannounced business change</source>
        <translation>业务变化未通知</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>CHANGED since attached</source>
        <translation>附加后已被改动</translation>
    </message>
    <message>
        <source>MISSING from the store</source>
        <translation>证据库中缺失</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>尚未校验</translation>
    </message>
</context>
<context>
    <name>EvidenceMeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>会议日期(&amp;D)</translation>
    </message>
    <message>
        <source>Confirmed f&amp;acts</source>
        <translation>确认的事实(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Our attendees</source>
        <translation>我方参会人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Client attendees</source>
        <translation>客户方参会人(&amp;C)</translation>
    </message>
    <message>
        <source>Agreed &amp;root cause</source>
        <translation>认定的差异原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Ev&amp;idence</source>
        <translation>证据链(&amp;I)</translation>
    </message>
    <message>
        <source>New dispute case</source>
        <translation>新建争议事项</translation>
    </message>
    <message>
        <source>What figure is disputed?</source>
        <translation>哪个数据存在争议？</translation>
    </message>
    <message>
        <source>Delete the dispute case “%1” with all its evidence, reviewers, meeting and action items? (Undo restores it; stored files are kept.)</source>
        <translation>删除争议事项“%1”及其全部证据、评审人、会议和待办事项？（可撤销恢复；已存储的文件保留。）</translation>
    </message>
    <message>
        <source>Delete dispute case</source>
        <translation>删除争议事项</translation>
    </message>
    <message>
        <source>Evidence integrity</source>
        <translation>证据完整性</translation>
    </message>
    <message>
        <source>The stored copy no longer matches what was attached. Do not use it in front of the client; attach the original again and find out how the stored copy was changed.</source>
        <translation>存储的副本与附加时不再一致。请勿在客户面前使用；请重新附加原件，并查明存储副本是如何被改动的。</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) of this case verified unchanged.</source>
        <translation>
            <numerusform>本事项全部 %n 个证据文件均已校验，未被改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <source>New dispute case (Ctrl+Shift+N)</source>
        <translation>新建争议事项 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>Re-hash every attached file of the case (Ctrl+Shift+I)</source>
        <translation>重新计算本事项所有附件的哈希 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证据链</translation>
    </message>
    <message>
        <source>Consensus &amp;&amp; meeting</source>
        <translation>共识与会议</translation>
    </message>
    <message>
        <source>All action items</source>
        <translation>全部待办事项</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No dispute case yet. When the client says a reported number is wrong, create a case (Ctrl+Shift+N) and collect the evidence before talking.</source>
        <translation>暂无争议事项。客户认为报表数据有误时，先新建事项 (Ctrl+Shift+N) 并收集证据，再与客户沟通。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Company template</source>
        <translation>公司模板</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word 文档 (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <source>{name} (missing: the default is used)</source>
        <translation>{name}（文件不存在，使用默认模板）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>选择模板…</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>使用默认</translation>
    </message>
    <message>
        <source>Requirements Specification…</source>
        <translation>需求规格说明书…</translation>
    </message>
    <message>
        <source>Requirement summary…</source>
        <translation>需求摘要…</translation>
    </message>
    <message>
        <source>Diagnosis report…</source>
        <translation>问题诊断报告…</translation>
    </message>
    <message>
        <source>Dispute minutes…</source>
        <translation>争议确认纪要…</translation>
    </message>
    <message>
        <source>Also export as PDF</source>
        <translation>同时导出 PDF</translation>
    </message>
    <message>
        <source>PDF made with {tool}.</source>
        <translation>PDF 由 {tool} 生成。</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Choose a client and an engagement first.</source>
        <translation>请先选择客户和咨询项目。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个文件名。</translation>
    </message>
    <message>
        <source>Writing {title}…</source>
        <translation>正在生成{title}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This engagement has no meeting or interview yet.</source>
        <translation>该项目还没有会议或访谈记录。</translation>
    </message>
    <message>
        <source>This engagement has no diagnosis yet.</source>
        <translation>该项目还没有问题诊断。</translation>
    </message>
    <message>
        <source>This engagement has no dispute case yet.</source>
        <translation>该项目还没有争议案例。</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>选择哪一个？</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>导出{title}</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>{folder} already holds a workspace; it is opened.</source>
        <translation>{folder} 中已有工作区，已将其打开。</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose an empty folder for a new workspace (the dialog can create one).</source>
        <translation>{folder} 不是空文件夹。请为新工作区选择一个空文件夹（可在对话框中新建文件夹）。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>{folder} is not a ConsultDesk workspace (it has no consultdesk.sqlite). Use File ▸ New workspace… to start one.</source>
        <translation>{folder} 不是 ConsultDesk 工作区（其中没有 consultdesk.sqlite）。可通过“文件 ▸ 新建工作区…”创建一个。</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>No other workspace opened yet</source>
        <translation>尚未打开过其他工作区</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{folder} no longer exists; it is removed from the list.</source>
        <translation>{folder} 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>The workspace is in {folder}</source>
        <translation>工作区位于 {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>ConsultDesk backup (*.sqlite)</source>
        <translation>ConsultDesk 备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot write the backup to {file}: {reason}</source>
        <translation>无法将备份写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Backup written to {file}. Open it by copying it into an empty folder as consultdesk.sqlite and choosing File ▸ Open workspace….</source>
        <translation>备份已写入 {file}。如需打开：将其复制到一个空文件夹并命名为 consultdesk.sqlite，再选择“文件 ▸ 打开工作区…”。</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty workspace in a folder you choose</source>
        <translation>在所选文件夹中创建一个空工作区</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace folder (the current one is closed)</source>
        <translation>打开一个工作区文件夹（关闭当前工作区）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Show workspace &amp;folder</source>
        <translation>显示工作区文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the workspace folder in the file manager</source>
        <translation>在文件管理器中打开工作区文件夹</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace database</source>
        <translation>写入工作区数据库的一致性副本</translation>
    </message>
</context>
<context>
    <name>FishbonePreset</name>
    <message>
        <source>Man</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>料</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>法</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测</translation>
    </message>
</context>
<context>
    <name>FiveWhyPanel</name>
    <message>
        <source>The next quarter's score will show whether the plan worked.</source>
        <translation>下个季度的评分将显示改进是否见效。</translation>
    </message>
    <message>
        <source>Recovered in %s.</source>
        <translation>已在 %s 回升。</translation>
    </message>
    <message>
        <source>Still under 4 in %s: a second analysis is due.</source>
        <translation>%s 仍低于 4 分：需要二次分析。</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>将采取什么措施？</translation>
    </message>
    <message>
        <source>5-Why review</source>
        <translation>5-Why 分析</translation>
    </message>
    <message>
        <source>Why %s?</source>
        <translation>为什么（%s）？</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation>参与人：</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Every score of this quarter is 4 or more: no 5-Why review needed.</source>
        <translation>本季度各项评分均不低于 4 分，无需 5-Why 分析。</translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>测试步骤</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>经验</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Response speed</source>
        <translation>需求响应速度</translation>
    </message>
    <message>
        <source>Solution quality</source>
        <translation>技术方案质量</translation>
    </message>
    <message>
        <source>Communication clarity</source>
        <translation>沟通效率</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>问题解决能力</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>咨询项目</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成待办（逾期）</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>最近会议</translation>
    </message>
</context>
<context>
    <name>FollowUpExport</name>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Acceptance record</source>
        <translation>验收记录</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>项目进展报告</translation>
    </message>
    <message>
        <source>Choose a client and an engagement first.</source>
        <translation>请先选择客户和咨询项目。</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>FollowUpLabels</name>
    <message>
        <source>Kick-off</source>
        <translation>启动会</translation>
    </message>
    <message>
        <source>Weekly progress</source>
        <translation>例会</translation>
    </message>
    <message>
        <source>Requirement review</source>
        <translation>需求评审会</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>变更评审</translation>
    </message>
    <message>
        <source>Pre-acceptance</source>
        <translation>预验收</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>（未指定阶段）</translation>
    </message>
    <message>
        <source>Kick-off (weekly)</source>
        <translation>启动阶段（每周）</translation>
    </message>
    <message>
        <source>Development (twice a week)</source>
        <translation>开发阶段（每周两次）</translation>
    </message>
    <message>
        <source>Testing (every 3 days)</source>
        <translation>测试阶段（每 3 天）</translation>
    </message>
    <message>
        <source>After delivery (monthly)</source>
        <translation>交付后（每月回访）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Solution plan</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Response speed</source>
        <translation>需求响应速度</translation>
    </message>
    <message>
        <source>Solution quality</source>
        <translation>技术方案质量</translation>
    </message>
    <message>
        <source>Communication clarity</source>
        <translation>沟通效率</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>问题解决能力</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>应避免</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>复盘归档</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>New quarter's satisfaction review</source>
        <translation>新季度满意度评估</translation>
    </message>
    <message>
        <source>Go to the action item's source</source>
        <translation>转到待办事项的来源</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>落地跟进(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ConsultDesk</source>
        <translation>关于 ConsultDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryKeyActions</name>
    <message>
        <source>Export history key…</source>
        <translation>导出历史密钥…</translation>
    </message>
    <message>
        <source>Save the key that signs this computer's history, to import it on a new computer</source>
        <translation>保存本机用于签署历史记录的密钥，以便在新电脑上导入</translation>
    </message>
    <message>
        <source>Import history key…</source>
        <translation>导入历史密钥…</translation>
    </message>
    <message>
        <source>Export history key</source>
        <translation>导出历史密钥</translation>
    </message>
    <message>
        <source>The history key was saved to {path}. Keep it as safe as the workspace: whoever has both can rewrite the history unnoticed.</source>
        <translation>历史密钥已保存到 {path}。请像保管工作区一样妥善保管：同时拥有两者的人可以不留痕迹地改写历史记录。</translation>
    </message>
    <message>
        <source>Import history key</source>
        <translation>导入历史密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n new history key(s) imported: the history written with them can now be verified here.</source>
        <translation><numerusform>已导入 %n 个新的历史密钥：用它们写入的历史记录现在可以在本机校验。</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>The history has been tampered with:</source>
        <translation>历史记录已被篡改：</translation>
    </message>
    <message>
        <source>History hash chain verified: no entry was edited or deleted.</source>
        <translation>历史记录哈希链校验通过：没有条目被修改或删除。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>(compared with the scores)</source>
        <translation>（与评分核对，不保存）</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose a column for the title (or the description) under "Import as".</source>
        <translation>请在“导入为”中为标题（或描述）选择一列。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>0 rows to import: the file has a header row (row %1) but no requirement rows under it.</source>
        <translation>没有可导入的行：文件有表头（第 %1 行），但表头下没有需求行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n 行可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) will be left out.</source>
        <translation>
            <numerusform>%n 行无效，将被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 行有效数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>headers on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>以%1分隔</translation>
    </message>
    <message>
        <source>%1: %2. Check what each column is imported as.</source>
        <translation>%1：%2。请检查每一列导入为哪个字段。</translation>
    </message>
    <message>
        <source>Import requirements</source>
        <translation>导入需求</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Headers on row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <source>Imported by their scores (the stated quadrant differs or cannot be read):</source>
        <translation>按评分导入（表中写的象限与评分不符或无法识别）：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Rows that cannot be imported (row numbers as in the spreadsheet):</source>
        <translation>无法导入的行（行号与电子表格一致）：</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>{source}: {what}.</source>
        <translation>{source}：{what}。</translation>
    </message>
    <message>
        <source>{source}: row {row}: {what}.</source>
        <translation>{source}：第 {row} 行：{what}。</translation>
    </message>
    <message>
        <source>{source}: row {row}, column "{column}": {what}.</source>
        <translation>{source}：第 {row} 行，“{column}”列：{what}。</translation>
    </message>
    <message>
        <source>{what}; expected {expected}</source>
        <translation>{what}；应为{expected}</translation>
    </message>
    <message>
        <source>"{value}" is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>"{value}" is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>{value} is outside 1–5</source>
        <translation>{value} 超出 1–5 的范围</translation>
    </message>
    <message>
        <source>"{value}" is not a requirement type</source>
        <translation>“{value}”不是需求类型</translation>
    </message>
    <message>
        <source>"{value}" is not a status</source>
        <translation>“{value}”不是状态</translation>
    </message>
    <message>
        <source>"{value}" is neither yes nor no</source>
        <translation>“{value}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>the description is empty, so no title can be derived from it</source>
        <translation>描述为空，无法从中生成标题</translation>
    </message>
    <message>
        <source>code "{value}" already exists in this engagement</source>
        <translation>编号“{value}”在该项目中已存在</translation>
    </message>
    <message>
        <source>code "{value}" is already used on row {other}</source>
        <translation>编号“{value}”已在第 {other} 行使用</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5, or high/medium/low (高/中/低)</source>
        <translation>1 到 5 的整数，或 高/中/低</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5, high/medium/low (高/中/低), or an empty cell</source>
        <translation>1 到 5 的整数、高/中/低，或留空</translation>
    </message>
    <message>
        <source>a "title"/"标题"/"需求名称" column, or a "description" column to derive titles from</source>
        <translation>一列“标题”/“需求名称”，或一列可从中生成标题的“描述”</translation>
    </message>
    <message>
        <source>a file name ending in .xlsx</source>
        <translation>以 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <source>line {line}, byte {column} (0x{byte}) is not text in {encoding} or any other encoding ConsultDesk knows</source>
        <translation>第 {line} 行第 {column} 个字节（0x{byte}）在 {encoding} 及 ConsultDesk 支持的其他编码中都不是文本</translation>
    </message>
    <message>
        <source>a text file (in Excel: Save As "CSV UTF-8")</source>
        <translation>文本文件（在 Excel 中：另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>line {line}: a cell is longer than {limit} characters</source>
        <translation>第 {line} 行：有单元格超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>shorter cells (split the text)</source>
        <translation>更短的单元格（请拆分文本）</translation>
    </message>
    <message>
        <source>line {line}: a quote (") opens a cell that is not closed properly, so the rows after it would run together</source>
        <translation>第 {line} 行：有单元格以引号（"）开头却没有正确结束，其后的行会被并成一行</translation>
    </message>
    <message>
        <source>a closing quote at the end of the cell, and doubled quotes ("") inside it</source>
        <translation>单元格末尾有结束引号，单元格内的引号写成两个（""）</translation>
    </message>
    <message>
        <source>the file is a Word document, not an Excel workbook</source>
        <translation>该文件是 Word 文档，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the file is a PowerPoint file, not an Excel workbook</source>
        <translation>该文件是 PowerPoint 文件，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the file is a zip archive, not an Excel workbook</source>
        <translation>该文件是 zip 压缩包，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be opened</source>
        <translation>该工作簿已损坏，无法打开</translation>
    </message>
    <message>
        <source>an .xlsx file that Excel, WPS or LibreOffice opens</source>
        <translation>能用 Excel、WPS 或 LibreOffice 打开的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the file is an Excel 97–2003 workbook (.xls) that cannot be read (it may be password-protected or damaged)</source>
        <translation>该文件是无法读取的 Excel 97–2003 工作簿（.xls）（可能受密码保护或已损坏）</translation>
    </message>
    <message>
        <source>a workbook saved as .xlsx: open it in Excel or WPS, choose Save As ▸ Excel Workbook (.xlsx), and import that file</source>
        <translation>另存为 .xlsx 的工作簿：在 Excel 或 WPS 中打开它，选择“另存为 ▸ Excel 工作簿 (.xlsx)”，再导入该文件</translation>
    </message>
    <message>
        <source>a workbook with the requirements on a sheet</source>
        <translation>某个工作表中含有需求的工作簿</translation>
    </message>
    <message>
        <source>the workbook has no sheet named "{sheet}"</source>
        <translation>工作簿中没有名为“{sheet}”的工作表</translation>
    </message>
    <message>
        <source>one of the sheets {sheets}</source>
        <translation>以下工作表之一：{sheets}</translation>
    </message>
    <message>
        <source>header row {row} does not exist</source>
        <translation>第 {row} 行不存在，不能作为表头</translation>
    </message>
    <message>
        <source>a row number from 1</source>
        <translation>从 1 开始的行号</translation>
    </message>
    <message>
        <source>row {row} is empty, so it cannot be the header row</source>
        <translation>第 {row} 行为空，不能作为表头</translation>
    </message>
    <message>
        <source>the number of the row that names the columns</source>
        <translation>写有列名的那一行的行号</translation>
    </message>
    <message>
        <source>business/业务型, experience/体验型, strategic/战略型 or technical/技术型</source>
        <translation>业务型/business、体验型/experience、战略型/strategic 或 技术型/technical</translation>
    </message>
    <message>
        <source>proposed/提出, to_confirm/待确认, confirmed/已确认, rejected/已拒绝, in_progress/进行中 or done/完成</source>
        <translation>提出/proposed、待确认/to_confirm、已确认/confirmed、已拒绝/rejected、进行中/in_progress 或 完成/done</translation>
    </message>
    <message>
        <source>yes/no, true/false, 1/0 or 是/否</source>
        <translation>是/否、yes/no、true/false 或 1/0</translation>
    </message>
    <message>
        <source>a title (any text)</source>
        <translation>一个标题（任意文字）</translation>
    </message>
    <message>
        <source>some text</source>
        <translation>一些文字</translation>
    </message>
    <message>
        <source>a new code, or an empty cell for the next REQ number</source>
        <translation>一个新编号，或留空以自动分配下一个 REQ 编号</translation>
    </message>
    <message>
        <source>each code once</source>
        <translation>每个编号只出现一次</translation>
    </message>
    <message>
        <source>"{stated}" disagrees with value {value} and urgency {urgency}; imported by the scores as {quadrant}</source>
        <translation>“{stated}”与价值 {value}、紧急度 {urgency} 不符；已按评分导入为 {quadrant}</translation>
    </message>
    <message>
        <source>"{stated}" is not a quadrant ConsultDesk can read; imported by the scores (value {value}, urgency {urgency}: {quadrant})</source>
        <translation>无法识别象限“{stated}”；已按评分导入（价值 {value}、紧急度 {urgency}：{quadrant}）</translation>
    </message>
    <message>
        <source>no column gives the requirement title</source>
        <translation>没有任何列提供需求标题</translation>
    </message>
    <message>
        <source>--map "{item}" does not name a requirement field</source>
        <translation>--map “{item}” 不是需求字段</translation>
    </message>
    <message>
        <source>FIELD=COLUMN with FIELD one of {fields}</source>
        <translation>字段=列名，字段为以下之一：{fields}</translation>
    </message>
    <message>
        <source>--map "{item}": the file has no column "{column}"</source>
        <translation>--map “{item}”：文件中没有“{column}”列</translation>
    </message>
    <message>
        <source>one of the headers {headers}</source>
        <translation>以下表头之一：{headers}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>an existing .csv or .xlsx file</source>
        <translation>一个存在的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the {limit} MB ConsultDesk imports at once</source>
        <translation>文件大小为 {size} MB，超过 ConsultDesk 单次导入上限 {limit} MB</translation>
    </message>
    <message>
        <source>a smaller file: split it and import the parts</source>
        <translation>更小的文件：请拆分后分批导入</translation>
    </message>
    <message>
        <source>files ending in "{suffix}" cannot be imported</source>
        <translation>无法导入扩展名为“{suffix}”的文件</translation>
    </message>
    <message>
        <source>a .csv, .tsv, .txt or .xlsx file</source>
        <translation>.csv、.tsv、.txt 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>files ending in "{suffix}" cannot be written</source>
        <translation>无法写入扩展名为“{suffix}”的文件</translation>
    </message>
    <message>
        <source>a file name ending in .csv or .xlsx</source>
        <translation>以 .csv 或 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <source>the file contains NUL bytes, so it is not a CSV text file</source>
        <translation>文件包含 NUL 字节，不是 CSV 文本文件</translation>
    </message>
    <message>
        <source>a .csv text file</source>
        <translation>一个 .csv 文本文件</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (it is not an .xlsx package)</source>
        <translation>该文件不是 Excel 工作簿（不是 .xlsx 文件包）</translation>
    </message>
    <message>
        <source>an .xlsx file saved by Excel, WPS or LibreOffice</source>
        <translation>由 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a header row naming the columns, then one row per requirement</source>
        <translation>先是一行列名表头，然后每行一条需求</translation>
    </message>
</context>
<context>
    <name>InlineTitleEditor</name>
    <message>
        <source>New requirement title — Enter to add, Esc to cancel</source>
        <translation>新需求标题 — 回车添加，Esc 取消</translation>
    </message>
</context>
<context>
    <name>InterviewHeader</name>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. First visit with the operations team</source>
        <translation>例如 首次拜访运营团队</translation>
    </message>
    <message>
        <source>Hel&amp;d on</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参与人(&amp;P)</translation>
    </message>
    <message>
        <source>What the client &amp;stressed</source>
        <translation>客户特别关注(&amp;S)</translation>
    </message>
    <message>
        <source>Still to be &amp;confirmed</source>
        <translation>待确认(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InterviewOutline</name>
    <message>
        <source>1. Background</source>
        <translation>一、背景知晓</translation>
    </message>
    <message>
        <source>2. Need discovery</source>
        <translation>二、需求挖掘</translation>
    </message>
    <message>
        <source>3. Impact assessment</source>
        <translation>三、影响评估</translation>
    </message>
    <message>
        <source>4. Expectations of the engagement</source>
        <translation>四、合作期望</translation>
    </message>
    <message>
        <source>What does your business do, and who are its users?</source>
        <translation>贵公司的业务是什么？用户是谁？</translation>
    </message>
    <message>
        <source>Record: business model, user groups and their numbers.</source>
        <translation>记录：业务模式、用户群体及规模。</translation>
    </message>
    <message>
        <source>Which systems are involved today, and who runs them?</source>
        <translation>目前涉及哪些系统？由谁运维？</translation>
    </message>
    <message>
        <source>Record: system names, versions, vendors, in-house or outsourced.</source>
        <translation>记录：系统名称、版本、供应商，自建还是外包。</translation>
    </message>
    <message>
        <source>What has been tried before, and how did it go?</source>
        <translation>以前尝试过哪些办法？效果如何？</translation>
    </message>
    <message>
        <source>Record: earlier projects, what failed and why.</source>
        <translation>记录：以往项目，哪里失败了，为什么。</translation>
    </message>
    <message>
        <source>What problem hurts most right now?</source>
        <translation>现在最痛的问题是什么？</translation>
    </message>
    <message>
        <source>Record: the pain in the client's own words, with an example.</source>
        <translation>记录：用客户自己的话描述痛点，并附一个实例。</translation>
    </message>
    <message>
        <source>When does it happen, and what sets it off?</source>
        <translation>什么时候发生？由什么触发？</translation>
    </message>
    <message>
        <source>Record: frequency, time of day, the triggering event.</source>
        <translation>记录：频率、发生时段、触发事件。</translation>
    </message>
    <message>
        <source>If it were solved, what would be different?</source>
        <translation>如果问题解决了，会有什么不同？</translation>
    </message>
    <message>
        <source>Record: the business result wanted (the real need), not a solution.</source>
        <translation>记录：想要的业务结果（真正诉求），而不是解决方案。</translation>
    </message>
    <message>
        <source>How do people cope with it today?</source>
        <translation>目前大家是怎么应对的？</translation>
    </message>
    <message>
        <source>Record: workarounds and their cost in time or money.</source>
        <translation>记录：临时办法及其时间或金钱成本。</translation>
    </message>
    <message>
        <source>Who and what is affected: which users, modules, regions?</source>
        <translation>影响了谁、哪些方面：哪些用户、模块、地区？</translation>
    </message>
    <message>
        <source>Record: scope, e.g. only module X at peak hours.</source>
        <translation>记录：影响范围，例如仅高峰期的 X 模块。</translation>
    </message>
    <message>
        <source>What does it cost you: orders, money, complaints?</source>
        <translation>造成了多少损失：订单、金额、投诉？</translation>
    </message>
    <message>
        <source>Record: a quantified loss (per day or per month).</source>
        <translation>记录：量化的损失（每天或每月）。</translation>
    </message>
    <message>
        <source>By when must it be better, and why then?</source>
        <translation>最晚什么时候必须改善？为什么是那时？</translation>
    </message>
    <message>
        <source>Record: urgency, deadlines, events that cannot move.</source>
        <translation>记录：紧急程度、截止时间、不可推迟的事件。</translation>
    </message>
    <message>
        <source>How will you judge that the work succeeded?</source>
        <translation>您会如何判断这项工作成功了？</translation>
    </message>
    <message>
        <source>Record: measurable success criteria.</source>
        <translation>记录：可衡量的成功标准。</translation>
    </message>
    <message>
        <source>What budget, time and compatibility limits apply?</source>
        <translation>预算、时间和兼容性方面有什么限制？</translation>
    </message>
    <message>
        <source>Record: budget range, duration, systems to stay compatible with.</source>
        <translation>记录：预算范围、周期、需要兼容的系统。</translation>
    </message>
    <message>
        <source>How would you like us to work with your team?</source>
        <translation>希望我们如何与贵方团队合作？</translation>
    </message>
    <message>
        <source>Record: contacts, meeting rhythm, who signs off.</source>
        <translation>记录：对接人、会议节奏、签字确认人。</translation>
    </message>
    <message>
        <source>Notes for this part</source>
        <translation>本部分笔记</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>New interview</source>
        <translation>新建访谈</translation>
    </message>
    <message>
        <source>Interview of {date}</source>
        <translation>{date} 的访谈</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>删除访谈</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation>删除“{title}”及其全部回答？可以用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>The stored file is missing.</source>
        <translation>存储的文件已缺失。</translation>
    </message>
    <message>
        <source>Remove “%1” from this item? The stored copy stays in the workspace.</source>
        <translation>从此证据中移除“%1”？存储的副本仍保留在工作区。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) changed or missing since attached: </source>
        <translation>
            <numerusform>%n 个证据文件在附加后被改动或缺失：</numerusform>
        </translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>新建证据</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete the evidence item “%1” and its links? (Undo restores it.)</source>
        <translation>删除证据“%1”及其关联？（可撤销恢复。）</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New evidence from files</source>
        <translation>由文件新建证据</translation>
    </message>
    <message>
        <source>Kind of evidence:</source>
        <translation>证据类别：</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Add an evidence item (Insert)</source>
        <translation>添加一项证据 (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Drop files on an item to attach them, or on empty space for a new item.</source>
        <translation>将文件拖到某项证据上即可附加；拖到空白处则新建证据。</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>ConsultDesk could not finish this because of an unexpected error ({kind}).</source>
        <translation>由于意外错误（{kind}），ConsultDesk 未能完成此操作。</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>This workspace is in use on another computer:

{host}, user {user}, since {since}.

This happens when the folder is synced or copied between computers. If ConsultDesk is still open there, close it there first: two computers writing one workspace can lose work.

Take the workspace over on this computer?</source>
        <translation>此工作区正在另一台电脑上使用：

{host}，用户 {user}，自 {since} 起。

当文件夹在多台电脑之间同步或复制时会出现这种情况。如果那台电脑上的 ConsultDesk 仍然打开，请先在那里关闭：两台电脑同时写入同一工作区可能丢失数据。

要在这台电脑上接管该工作区吗？</translation>
    </message>
    <message>
        <source>Workspace in use on another computer</source>
        <translation>工作区正在另一台电脑上使用</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>复盘归档</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>添加经验</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>经验：</translation>
    </message>
    <message>
        <source>Find a lesson…</source>
        <translation>查找经验…</translation>
    </message>
    <message>
        <source>What worked…</source>
        <translation>有效做法…</translation>
    </message>
    <message>
        <source>What to avoid…</source>
        <translation>应避免…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>四象限</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>问题诊断</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据链</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落地跟进</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>需求规格</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>ConsultDesk — {path}</source>
        <translation>ConsultDesk — {path}</translation>
    </message>
    <message>
        <source>Workspace: {path} · every change is saved as you make it</source>
        <translation>工作区：{path} · 每次修改都会立即保存</translation>
    </message>
    <message>
        <source>Workspace: {path} · NOT SAVED: {reason}</source>
        <translation>工作区：{path} · 未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomes</name>
    <message>
        <source>Add decision</source>
        <translation>添加决议</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决议：</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>要做什么？</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未同意</translation>
    </message>
    <message>
        <source>%1 of %2 reviewers agreed</source>
        <translation>%2 位评审人中 %1 位同意</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>添加评审人</translation>
    </message>
    <message>
        <source>Reviewer's name:</source>
        <translation>评审人姓名：</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>要做什么：</translation>
    </message>
    <message>
        <source>Internal consensus</source>
        <translation>内部共识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add reviewer…</source>
        <translation>添加评审人…</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>移除评审人</translation>
    </message>
    <message>
        <source>Meeting with the client</source>
        <translation>与客户的会议</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation>添加待办事项…</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>移除待办事项</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Next regular meeting due: %s</source>
        <translation>下次例行会议应于：%s</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>sent %s</source>
        <translation>%s 已发送</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Mark minutes not sent</source>
        <translation>标记为未发送</translation>
    </message>
    <message>
        <source>Minutes sent</source>
        <translation>纪要已发送</translation>
    </message>
    <message>
        <source>Minutes sent on %1, confirmed by %2 on %3.</source>
        <translation>纪要已于 %1 发送，%2 于 %3 确认。</translation>
    </message>
    <message>
        <source>Minutes sent on %s; not confirmed yet.</source>
        <translation>纪要已于 %s 发送，尚未确认。</translation>
    </message>
    <message>
        <source>Give the meeting a date: the minutes are due 24 hours after it.</source>
        <translation>请填写会议时间：纪要须在会后 24 小时内发出。</translation>
    </message>
    <message>
        <source>Minutes due by %s (24 hours after the meeting).</source>
        <translation>纪要须于 %s 前发出（会后 24 小时）。</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the meeting “%s” with its decisions and action items?</source>
        <translation>删除会议“%s”及其决议和待办事项？</translation>
    </message>
    <message>
        <source>Confirm minutes</source>
        <translation>确认会议纪要</translation>
    </message>
    <message>
        <source>Who confirmed the minutes on the client's side?</source>
        <translation>客户方由谁确认了纪要？</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Our side:</source>
        <translation>顾问方：</translation>
    </message>
    <message>
        <source>Client side:</source>
        <translation>客户方：</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>会议记录：</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Confirm minutes…</source>
        <translation>确认纪要…</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>导出纪要…</translation>
    </message>
    <message>
        <source>Open in Evidence</source>
        <translation>在证据链中打开</translation>
    </message>
</context>
<context>
    <name>MissingEngagementBar</name>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Engagement title:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>There is no client yet. Requirements belong to an engagement of a client: create one to start.</source>
        <translation>还没有客户。需求属于某个客户的项目：请先新建一个。</translation>
    </message>
    <message>
        <source>New client and engagement…</source>
        <translation>新建客户和项目…</translation>
    </message>
    <message>
        <source>This client has no engagement yet. Requirements belong to an engagement: create one to add them.</source>
        <translation>该客户还没有项目。需求属于项目：请新建一个项目后再添加需求。</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>新建项目…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>All engagements</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Export status report…</source>
        <translation>导出进展报告…</translation>
    </message>
</context>
<context>
    <name>OverviewTiles</name>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Signed specification</source>
        <translation>已签署的规格说明书</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>变更申请</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation>待办逾期</translation>
    </message>
    <message>
        <source>change requests past 24 h</source>
        <translation>变更超过 24 小时未评估</translation>
    </message>
    <message>
        <source>minutes not sent</source>
        <translation>纪要未发送</translation>
    </message>
    <message>
        <source>satisfaction under 4</source>
        <translation>满意度低于 4 分</translation>
    </message>
    <message>
        <source>unverified causes</source>
        <translation>原因未验证</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the oldest is %1 late</source>
        <translation>最早的一项已超时 %1</translation>
    </message>
    <message>
        <source>next deadline in %1</source>
        <translation>最近一项还剩 %1</translation>
    </message>
    <message>
        <source>trend: %1</source>
        <translation>趋势（平均分）：%1</translation>
    </message>
    <message>
        <source>do now %1 · plan %2 · quick %3 · park %4</source>
        <translation>立即处理 %1 · 计划 %2 · 快速处理 %3 · 暂缓 %4</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未签署</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 changed since sign-off</source>
        <translation>签署后变更 %1 项</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>open · %1 past the 24 h assessment</source>
        <translation>未关闭 · %1 项超过 24 小时未评估</translation>
    </message>
    <message>
        <source>open · %1 overdue</source>
        <translation>未完成 · %1 项已逾期</translation>
    </message>
    <message>
        <source>%1 unverified · %2 root causes · %3 without remedy</source>
        <translation>%1 项未验证 · %2 项根本原因 · %3 项无对策</translation>
    </message>
    <message>
        <source>last meeting · %1 held · minutes due %2</source>
        <translation>最近一次会议 · 已开 %1 次 · 待发纪要 %2 份</translation>
    </message>
    <message>
        <source>no review yet</source>
        <translation>尚无评估</translation>
    </message>
</context>
<context>
    <name>RequirementDeletion</name>
    <message>
        <source>Delete requirements</source>
        <translation>删除需求</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n requirement(s)? Ctrl+Z brings them back.</source>
        <translation><numerusform>删除 %n 条需求？按 Ctrl+Z 可恢复。</numerusform></translation>
    </message>
    <message>
        <source>Requirements not deleted</source>
        <translation>需求未删除</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) deleted — Ctrl+Z to undo</source>
        <translation><numerusform>已删除 %n 条需求 — 按 Ctrl+Z 撤销</numerusform></translation>
    </message>
</context>
<context>
    <name>RequirementEditor</name>
    <message>
        <source>— not estimated</source>
        <translation>— 未估算</translation>
    </message>
    <message>
        <source>Core requirement</source>
        <translation>核心需求</translation>
    </message>
    <message>
        <source>Noise (pseudo-requirement)</source>
        <translation>噪音（伪需求）</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— 无</translation>
    </message>
    <message>
        <source>Requirement %1 — %2</source>
        <translation>需求 %1 — %2</translation>
    </message>
</context>
<context>
    <name>RequirementEditorForm</name>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Short name of the requirement</source>
        <translation>需求的简短名称</translation>
    </message>
    <message>
        <source>A requirement needs a title.</source>
        <translation>需求必须有标题。</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>What the client asked for, in their words</source>
        <translation>客户提出的内容（用客户的原话）</translation>
    </message>
    <message>
        <source>The business result wanted, e.g. cut parent-app load time-outs below 5 %</source>
        <translation>期望的业务结果，例如：家长端加载超时率降到 5% 以下</translation>
    </message>
    <message>
        <source>C&amp;urrent state</source>
        <translation>现状描述(&amp;U)</translation>
    </message>
    <message>
        <source>The pain today and how far it reaches</source>
        <translation>当前的痛点及影响范围</translation>
    </message>
    <message>
        <source>&amp;Success criteria</source>
        <translation>成功标准(&amp;S)</translation>
    </message>
    <message>
        <source>Measurable: figure, threshold, date</source>
        <translation>可衡量：指标、阈值、日期</translation>
    </message>
    <message>
        <source>Deadline, budget, people</source>
        <translation>截止时间、预算、人员</translation>
    </message>
    <message>
        <source>Ris&amp;ks and dependencies</source>
        <translation>风险与依赖(&amp;K)</translation>
    </message>
    <message>
        <source>What could stop it; what it waits for</source>
        <translation>可能的阻碍；依赖的前提</translation>
    </message>
    <message>
        <source>How the client will check it is done</source>
        <translation>客户如何确认已完成</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Remarks, and the reasons given with the scores</source>
        <translation>备注，以及评分时写明的理由</translation>
    </message>
    <message>
        <source>Priority and status</source>
        <translation>优先级与状态</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Value (1–5)</source>
        <translation>价值 (1–5)(&amp;V)</translation>
    </message>
    <message>
        <source>U&amp;rgency (1–5)</source>
        <translation>紧急度 (1–5)(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ost (1–5)</source>
        <translation>成本 (1–5)(&amp;O)</translation>
    </message>
    <message>
        <source>Goa&amp;l</source>
        <translation>诉求目标(&amp;L)</translation>
    </message>
    <message>
        <source>Ti&amp;me and resources</source>
        <translation>时限与资源(&amp;M)</translation>
    </message>
    <message>
        <source>Acce&amp;ptance criteria</source>
        <translation>验收标准(&amp;P)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>Core or nois&amp;e</source>
        <translation>核心或噪音(&amp;E)</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>来源(&amp;C)</translation>
    </message>
    <message>
        <source>Interview or meeting it came from</source>
        <translation>来自哪次访谈或会议</translation>
    </message>
    <message>
        <source>From &amp;interview</source>
        <translation>来自访谈(&amp;I)</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>5W1H check</source>
        <translation>5W1H 检查</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>Which core goal does it serve?</source>
        <translation>它服务于哪个核心目标？</translation>
    </message>
    <message>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <source>What exactly is to be delivered?</source>
        <translation>具体要交付什么？</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Who needs it, who is affected?</source>
        <translation>谁需要它，谁受影响？</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>By when, how often?</source>
        <translation>何时需要，频率如何？</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Which system, module, site?</source>
        <translation>哪个系统、模块、现场？</translation>
    </message>
    <message>
        <source>How</source>
        <translation>如何</translation>
    </message>
    <message>
        <source>How will it be done or measured?</source>
        <translation>如何实现或衡量？</translation>
    </message>
</context>
<context>
    <name>RequirementFields</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>诉求目标</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>现状描述</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功标准</translation>
    </message>
    <message>
        <source>Time and resources</source>
        <translation>时限与资源</translation>
    </message>
    <message>
        <source>Risks and dependencies</source>
        <translation>风险与依赖</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>How</source>
        <translation>如何</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Core or noise</source>
        <translation>核心或噪音</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>验收标准</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
</context>
<context>
    <name>RequirementLabels</name>
    <message>
        <source>Business</source>
        <translation>业务型</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>体验型</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略型</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术型</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Do now</source>
        <translation>立即处理</translation>
    </message>
    <message>
        <source>Plan for a later iteration</source>
        <translation>规划到后续迭代</translation>
    </message>
    <message>
        <source>Quick win or delegate</source>
        <translation>快速处理或委派</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>暂缓</translation>
    </message>
</context>
<context>
    <name>RequirementsMenu</name>
    <message>
        <source>Requirements not changed</source>
        <translation>需求未更改</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n requirement(s)</source>
        <translation><numerusform>删除 %n 条需求(&amp;D)</numerusform></translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n 条需求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filter requirements (code, title, text, tag)…  Ctrl+F</source>
        <translation>筛选需求（编号、标题、内容、标签）…  Ctrl+F</translation>
    </message>
</context>
<context>
    <name>RequirementsTableModel</name>
    <message>
        <source>Changed since the last sign-off</source>
        <translation>自上次签署以来已修改</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
</context>
<context>
    <name>SamplesStrip</name>
    <message>
        <source>UI samples</source>
        <translation>界面样例</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>满意度趋势</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete the review of %s with its 5-Why reviews?</source>
        <translation>删除 %s 的评估及其 5-Why 分析？</translation>
    </message>
    <message>
        <source>New quarter's review</source>
        <translation>新季度评估</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Interviews and visit questions</source>
        <translation>访谈与走访问题</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Diagnoses and plans</source>
        <translation>诊断与方案</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation>争议案例</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Specification sections</source>
        <translation>规格说明章节</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>变更请求</translation>
    </message>
    <message>
        <source>Satisfaction reviews</source>
        <translation>满意度评价</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到结果。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; type more to narrow them down.</source>
        <translation>
            <numerusform>仅显示前 %n 条结果；继续输入可缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <source>Type to search clients, requirements, causes, evidence … in every engagement.</source>
        <translation>输入文字，在所有项目中搜索客户、需求、原因、证据……</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Current engagement only</source>
        <translation>仅当前项目</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translation>重建搜索索引</translation>
    </message>
    <message>
        <source>Re-create the index from every record (if results look wrong).</source>
        <translation>根据全部记录重新建立索引（搜索结果看起来不对时使用）。</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Why this engagement exists: the client's situation, the alarm that started it, who is affected.</source>
        <translation>为什么有这个项目：客户现状、触发项目的“警报”、受影响的人群。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The business results wanted, in the client's words, with measurable targets.</source>
        <translation>客户想要的业务结果，用客户的语言表述，并给出可衡量的指标。</translation>
    </message>
    <message>
        <source>Delivery standards</source>
        <translation>交付标准</translation>
    </message>
    <message>
        <source>Acceptance procedure</source>
        <translation>验收流程</translation>
    </message>
    <message>
        <source>Test cases, how acceptance is run, who signs. Each requirement's acceptance criteria are listed in the document automatically.</source>
        <translation>测试用例、验收如何进行、由谁签字。每条需求的验收标准会自动列入文档。</translation>
    </message>
    <message>
        <source>Change rules</source>
        <translation>变更规则</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>范围内</translation>
    </message>
    <message>
        <source>What this specification covers (systems, sites, users). Rejected requirements are listed as out of scope automatically, with their 5W1H reason.</source>
        <translation>本说明书涵盖的内容（系统、场地、用户）。已拒绝的需求会连同其 5W1H 理由自动列为范围外。</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>范围外</translation>
    </message>
    <message>
        <source>What is explicitly not delivered, so nobody expects it later.</source>
        <translation>明确不交付的内容，以免日后产生误解。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提与假设</translation>
    </message>
    <message>
        <source>What must hold for the plan to work (access, data, people the client provides).</source>
        <translation>计划成立所需的前提（客户提供的权限、数据与人员）。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>The client's terms, one per line: “term: meaning”. The document shows them as a table.</source>
        <translation>客户的术语，每行一条：“术语：含义”。文档中以表格显示。</translation>
    </message>
    <message>
        <source>One figure per line: “figure | target | how measured” (e.g. “Response time | p95 under 2 s | load test, 300 users”), compatibility lines alike. Paste or drop UI samples below.</source>
        <translation>每行一项指标：“指标 | 目标值 | 测量方式”（例如“响应时间 | P95 低于 2 秒 | 压测，300 用户”），兼容性同样书写。界面样例可粘贴或拖放到下方。</translation>
    </message>
    <message>
        <source>How to request a change, how fast small (24 h) and large changes are assessed, how fees adjust.</source>
        <translation>如何提出变更、小变更（24 小时）与大变更的评估时效、费用如何调整。</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格说明</translation>
    </message>
    <message>
        <source>UI samples of this section: paste a screenshot (Ctrl+V) or drop pictures here; double-click one to edit its caption, Delete removes it.</source>
        <translation>本章节的界面样例：粘贴截图（Ctrl+V）或将图片拖到此处；双击可编辑图注，按 Delete 删除。</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off specification</source>
        <translation>签署需求规格说明书</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
</context>
<context>
    <name>SignOffForm</name>
    <message>
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>&amp;Signer</source>
        <translation>签署人(&amp;S)</translation>
    </message>
    <message>
        <source>Full name of the person signing</source>
        <translation>签署人全名</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>身份(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Meaning</source>
        <translation>签署含义(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. confirmed by e-mail on 2 March</source>
        <translation>例如：3 月 2 日邮件确认</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <source>Choose an engagement to see its baselines.</source>
        <translation>请选择一个咨询项目以查看其基线。</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Sign off as v%1…</source>
        <translation>签署为 v%1…</translation>
    </message>
    <message>
        <source>Draft: not signed off yet. Signing freezes the specification as baseline v1.</source>
        <translation>草稿：尚未签署。签署后规格说明书将冻结为基线 v1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt; v%1 · SHA-256 &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;已签署&lt;/b&gt; v%1 · SHA-256 &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Add sign-off to v%1…</source>
        <translation>为 v%1 追加签署…</translation>
    </message>
    <message>
        <source>Sign-offs of %1</source>
        <translation>%1 的签署记录</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>签署记录</translation>
    </message>
    <message>
        <source>No baseline yet: nothing to compare.</source>
        <translation>尚无基线，无可比较。</translation>
    </message>
    <message>
        <source>No changes since</source>
        <translation>以下版本以来无修改：</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>以下版本以来的修改：</translation>
    </message>
    <message>
        <source>Sign off specification</source>
        <translation>签署需求规格说明书</translation>
    </message>
    <message>
        <source>This engagement has no requirements yet; there is nothing to sign off.</source>
        <translation>该项目还没有需求，无可签署的内容。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Draft of v%1&lt;/b&gt;: %n change(s) since the signed v%2.</source>
        <translation>
            <numerusform>&lt;b&gt;v%1 草稿&lt;/b&gt;：自已签署的 v%2 以来有 %n 处修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not covered by an approved change request</source>
        <translation>
            <numerusform>%n 处修改没有已批准的变更申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze the current specification as baseline v%1: %n requirement(s), SHA-256 %2.</source>
        <translation>
            <numerusform>将当前规格说明书冻结为基线 v%1：共 %n 条需求，SHA-256 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains the approved change requests: %1</source>
        <translation>包含已批准的变更申请：%1</translation>
    </message>
    <message>
        <source>A baseline cannot be edited, deleted or undone once created.</source>
        <translation>基线一经创建，不能修改、删除或撤销。</translation>
    </message>
    <message>
        <source>Create baseline v%1 signed by %2? It cannot be changed or undone afterwards.</source>
        <translation>由 %2 签署并创建基线 v%1？创建后不能修改或撤销。</translation>
    </message>
    <message>
        <source>Add a sign-off record to baseline %1 (SHA-256 %2).</source>
        <translation>为基线 %1 追加签署记录（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>A sign-off record cannot be edited, deleted or undone.</source>
        <translation>签署记录不能修改、删除或撤销。</translation>
    </message>
    <message>
        <source>Add sign-off</source>
        <translation>追加签署</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <source>Add sign-off…</source>
        <translation>追加签署…</translation>
    </message>
    <message>
        <source>Baselines (immutable)</source>
        <translation>基线（不可修改）</translation>
    </message>
</context>
<context>
    <name>SignOffWarning</name>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 change(s) since v%2 are not covered by an approved change request:</source>
        <translation>自 v%2 以来有 %1 处变更没有已批准的变更申请：</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>%1 %2 is approved, but none of its changes are in the specification: v%3 will not list it.</source>
        <translation>%1 %2 已批准，但其变更均未体现在规格说明书中：v%3 不会列入该申请。</translation>
    </message>
    <message>
        <source>Sign off v%1 anyway?</source>
        <translation>仍要签署 v%1 吗？</translation>
    </message>
</context>
<context>
    <name>SolutionPlanPanel</name>
    <message>
        <source>Short-term fix</source>
        <translation>短期修复</translation>
    </message>
    <message>
        <source>Long-term prevention</source>
        <translation>长期预防</translation>
    </message>
    <message>
        <source>Root cause without a remedy: %1</source>
        <translation>尚无对策的根本原因：%1</translation>
    </message>
    <message>
        <source>(no cause)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Solution plan</source>
        <translation>解决方案计划</translation>
    </message>
    <message>
        <source>Phase / task</source>
        <translation>阶段 / 任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Root cause addressed</source>
        <translation>针对的根本原因</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Add short-term phase</source>
        <translation>添加短期阶段</translation>
    </message>
    <message>
        <source>Add long-term phase</source>
        <translation>添加长期阶段</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>针对：</translation>
    </message>
</context>
<context>
    <name>SpecsTab</name>
    <message>
        <source>Specification sections</source>
        <translation>规格说明章节</translation>
    </message>
    <message>
        <source>Sign-off &amp;&amp; baselines</source>
        <translation>签署与基线</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>变更申请</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>需求追踪</translation>
    </message>
    <message>
        <source>&amp;Requirements Specification…</source>
        <translation>需求规格说明书(&amp;R)…</translation>
    </message>
    <message>
        <source>Requirement &amp;summary…</source>
        <translation>需求摘要(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Diagnosis report…</source>
        <translation>问题诊断报告(&amp;D)…</translation>
    </message>
    <message>
        <source>Dispute &amp;minutes…</source>
        <translation>争议确认纪要(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Acceptance tests</source>
        <translation>验收用例</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>变更申请</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution tasks</source>
        <translation>解决任务</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Pick a client and an engagement first.</source>
        <translation>请先选择客户和咨询项目。</translation>
    </message>
    <message>
        <source>Import requirements</source>
        <translation>导入需求</translation>
    </message>
    <message>
        <source>Requirement files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>需求文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requirement(s).</source>
        <translation><numerusform>已导入 %n 条需求。</numerusform></translation>
    </message>
    <message>
        <source>Export requirements</source>
        <translation>导出需求</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requirement(s) to %1.</source>
        <translation><numerusform>已将 %n 条需求导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Export blank intake sheet</source>
        <translation>导出空白需求采集表</translation>
    </message>
    <message>
        <source>requirement intake sheet.xlsx</source>
        <translation>需求采集表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the blank intake sheet to %1. Once filled in, import it with Board ▸ Import requirements….</source>
        <translation>空白需求采集表已保存到 %1。填好后，用“四象限 ▸ 导入需求…”导入。</translation>
    </message>
    <message>
        <source>&amp;Import requirements…</source>
        <translation>导入需求(&amp;I)…</translation>
    </message>
    <message>
        <source>Import requirements from a .csv or .xlsx file into this engagement</source>
        <translation>从 .csv 或 .xlsx 文件导入需求到当前项目</translation>
    </message>
    <message>
        <source>&amp;Export requirements…</source>
        <translation>导出需求(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this engagement's requirements as .xlsx or .csv</source>
        <translation>将当前项目的需求保存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Export &amp;blank intake sheet…</source>
        <translation>导出空白需求采集表(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the standard priority sheet (.xlsx, drop-down lists, instructions) for a client to fill in</source>
        <translation>保存标准需求优先级评估表（.xlsx，含下拉列表和填写说明），供客户填写</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Could not undo “{step}”: {reason} Nothing was changed.</source>
        <translation>无法撤销“{step}”：{reason} 数据未作任何改动。</translation>
    </message>
    <message>
        <source>Could not redo “{step}”: {reason} Nothing was changed.</source>
        <translation>无法重做“{step}”：{reason} 数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>撤销 %1（%2）</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>重做 %1（%2）</translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>Re-hashing the evidence files…</source>
        <translation>正在重新计算证据文件的哈希…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitQuestionModel</name>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>VisitQuestionsPage</name>
    <message>
        <source>Add a question to ask on the next visit, then press Enter</source>
        <translation>添加下次拜访要问的问题，然后按回车</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to ConsultDesk. This workspace is empty: explore a demo with sample clients, requirements, diagnoses and evidence, or start with your own clients.</source>
        <translation>欢迎使用 ConsultDesk。当前工作区是空的：可以打开演示工作区查看示例客户、需求、诊断和证据，也可以直接录入自己的客户。</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
</context>
<context>
    <name>WorkspaceSearch</name>
    <message numerus="yes">
        <source>Search index rebuilt: %n record(s).</source>
        <translation>
            <numerusform>搜索索引已重建：%n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+K)</source>
        <translation>搜索工作区 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search every client and engagement: requirements, interviews, causes, evidence, change requests … (Ctrl+K or Ctrl+Shift+F)</source>
        <translation>在所有客户和项目中搜索：需求、访谈、原因、证据、变更请求……（Ctrl+K 或 Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Unknown case status.</source>
        <translation>未知的事项状态。</translation>
    </message>
    <message>
        <source>The case cannot be marked “meeting held” before at least one reviewer agreed; give a reason to override.</source>
        <translation>至少一位评审人同意之前，事项不能标记为“已与客户开会”；如需强制变更请说明理由。</translation>
    </message>
    <message>
        <source>Enter the date the meeting was held before marking the case “meeting held”.</source>
        <translation>请先填写会议日期，再将事项标记为“已与客户开会”。</translation>
    </message>
    <message>
        <source>The meeting has been held: its date cannot be cleared (change the case status first).</source>
        <translation>会议已召开，其日期不能清空（请先更改事项状态）。</translation>
    </message>
    <message>
        <source>A dispute without evidence items cannot be marked resolved.</source>
        <translation>没有任何证据的争议事项不能标记为已解决。</translation>
    </message>
    <message>
        <source>Choose the agreed root cause before marking the dispute resolved.</source>
        <translation>标记为已解决之前，请先选择认定的差异原因。</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>%1 must be a whole number from 1 to 5.</source>
        <translation>%1 必须是 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>%1 must be from 1 to 5, not %2.</source>
        <translation>%1 必须在 1 到 5 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>Unknown requirement field: %1.</source>
        <translation>未知的需求字段：%1。</translation>
    </message>
    <message>
        <source>A requirement needs a title.</source>
        <translation>需求必须有标题。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Unknown requirement type: %1.</source>
        <translation>未知的需求类型：%1。</translation>
    </message>
    <message>
        <source>Unknown requirement status: %1.</source>
        <translation>未知的需求状态：%1。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Archive engagement</source>
        <translation>归档项目</translation>
    </message>
    <message>
        <source>Restore engagement</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Restore client</source>
        <translation>恢复客户</translation>
    </message>
    <message numerus="yes">
        <source>%n signed baseline(s)</source>
        <translation><numerusform>%n 个已签署基线</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dispute case(s) with evidence</source>
        <translation><numerusform>%n 个含证据的争议事项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n decided change request(s)</source>
        <translation><numerusform>%n 个已决定的变更请求</numerusform></translation>
    </message>
    <message>
        <source>The engagement no longer exists.</source>
        <translation>该咨询项目已不存在。</translation>
    </message>
    <message>
        <source>The engagement “%1” holds %2, which must stay available for a dispute, so it cannot be deleted. Archive it instead: it is hidden and read-only, still checked, and can be restored.</source>
        <translation>项目“%1”包含%2，这些记录在争议时必须可查，因此不能删除。请改为归档：归档后隐藏且只读，仍会被校验，并可恢复。</translation>
    </message>
    <message>
        <source>The engagement “%1” is archived; restore it before deleting it.</source>
        <translation>项目“%1”已归档；删除前请先恢复。</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The client “%1” has engagements with signed baselines or evidence (%2), so it cannot be deleted. Archive it instead: it is hidden and read-only, still checked, and can be restored.</source>
        <translation>客户“%1”的项目含有已签署基线或证据（%2），因此不能删除。请改为归档：归档后隐藏且只读，仍会被校验，并可恢复。</translation>
    </message>
    <message>
        <source>The client “%1” is archived; restore it before deleting it.</source>
        <translation>客户“%1”已归档；删除前请先恢复。</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>Edit requirement</source>
        <translation>编辑需求</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>移动卡片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation><numerusform>移动 %n 张卡片</numerusform></translation>
    </message>
    <message>
        <source>A test case needs a title.</source>
        <translation>测试用例需要标题。</translation>
    </message>
    <message>
        <source>Unknown test result: %s</source>
        <translation>未知的测试结果：%s</translation>
    </message>
    <message>
        <source>The requirement no longer exists.</source>
        <translation>该需求已不存在。</translation>
    </message>
    <message>
        <source>Add test case</source>
        <translation>添加测试用例</translation>
    </message>
    <message>
        <source>The test case no longer exists.</source>
        <translation>该测试用例已不存在。</translation>
    </message>
    <message>
        <source>Edit test case</source>
        <translation>编辑测试用例</translation>
    </message>
    <message>
        <source>Delete test case</source>
        <translation>删除测试用例</translation>
    </message>
    <message>
        <source>Record test run</source>
        <translation>记录测试执行</translation>
    </message>
    <message>
        <source>The test run no longer exists.</source>
        <translation>该测试执行记录已不存在。</translation>
    </message>
    <message>
        <source>Edit test run</source>
        <translation>编辑测试执行</translation>
    </message>
    <message>
        <source>Delete test run</source>
        <translation>删除测试执行</translation>
    </message>
    <message>
        <source>Delete requirement</source>
        <translation>删除需求</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n requirements</source>
        <translation><numerusform>删除 %n 条需求</numerusform></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Edit specification section</source>
        <translation>编辑规格说明章节</translation>
    </message>
    <message>
        <source>This workspace has no attachments store.</source>
        <translation>此工作区没有附件存储。</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be placed in a section.</source>
        <translation>章节中只能放入 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Add UI sample</source>
        <translation>添加界面样例</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑图注</translation>
    </message>
    <message>
        <source>Remove UI sample</source>
        <translation>删除界面样例</translation>
    </message>
    <message>
        <source>The engagement “%1” is archived and read-only; restore it to change it.</source>
        <translation>项目“%1”已归档，只读；如需修改请先恢复。</translation>
    </message>
    <message>
        <source>The client “%1” is archived and read-only; restore it to change it.</source>
        <translation>客户“%1”已归档，只读；如需修改请先恢复。</translation>
    </message>
    <message>
        <source>The workspace refused the change ({detail}).</source>
        <translation>工作区拒绝了此次修改（{detail}）。</translation>
    </message>
    <message>
        <source>The history key could not be exported to %1: there is no key on this computer yet, or the file cannot be written.</source>
        <translation>无法将历史密钥导出到 %1：本机尚无密钥，或该文件无法写入。</translation>
    </message>
    <message>
        <source>%1 is not a readable ConsultDesk history key file; nothing was imported.</source>
        <translation>%1 不是可读取的 ConsultDesk 历史密钥文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>An action item needs to say what is to be done.</source>
        <translation>待办事项需要写明要做什么。</translation>
    </message>
    <message>
        <source>Unknown action item status: %s</source>
        <translation>未知的待办事项状态：%s</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <source>The 5-Why review no longer exists.</source>
        <translation>该 5-Why 分析已不存在。</translation>
    </message>
    <message>
        <source>Add improvement task</source>
        <translation>添加改进任务</translation>
    </message>
    <message>
        <source>The action item no longer exists.</source>
        <translation>该待办事项已不存在。</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>编辑待办事项</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>删除待办事项</translation>
    </message>
    <message>
        <source>Unknown field: %s</source>
        <translation>未知字段：%s</translation>
    </message>
    <message>
        <source>A solution-plan task is either open or done.</source>
        <translation>解决方案任务只能是进行中或已完成。</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>请输入签署人姓名。</translation>
    </message>
    <message>
        <source>The signer's side must be client or us.</source>
        <translation>签署人身份必须是客户方或我方。</translation>
    </message>
    <message>
        <source>The meaning of a sign-off must be approved, reviewed or authored.</source>
        <translation>签署含义必须是批准、审阅或编写。</translation>
    </message>
    <message>
        <source>A baseline and its sign-offs cannot be undone.</source>
        <translation>基线及其签署记录不能撤销。</translation>
    </message>
    <message>
        <source>Sign off specification</source>
        <translation>签署需求规格说明书</translation>
    </message>
    <message>
        <source>This engagement has no requirements yet; there is nothing to sign off.</source>
        <translation>该项目还没有需求，无可签署的内容。</translation>
    </message>
    <message>
        <source>The specification has not changed since v%1; add a sign-off to that baseline instead.</source>
        <translation>规格说明书自 v%1 以来没有修改；请改为给该基线追加签署。</translation>
    </message>
    <message>
        <source>Add sign-off</source>
        <translation>追加签署</translation>
    </message>
    <message>
        <source>The baseline no longer exists.</source>
        <translation>该基线已不存在。</translation>
    </message>
    <message>
        <source>Only the latest baseline can receive further sign-offs.</source>
        <translation>只有最新的基线可以追加签署。</translation>
    </message>
    <message>
        <source>Unknown change-request field: %1</source>
        <translation>未知的变更申请字段：%1</translation>
    </message>
    <message>
        <source>The scope of a change must be small or large.</source>
        <translation>变更规模必须是小或大。</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>变更申请需要标题。</translation>
    </message>
    <message>
        <source>A linked requirement no longer exists.</source>
        <translation>所关联的需求已不存在。</translation>
    </message>
    <message>
        <source>Add change request</source>
        <translation>新建变更申请</translation>
    </message>
    <message>
        <source>Edit change request</source>
        <translation>编辑变更申请</translation>
    </message>
    <message>
        <source>The change request no longer exists.</source>
        <translation>该变更申请已不存在。</translation>
    </message>
    <message>
        <source>Change linked requirements</source>
        <translation>更改关联需求</translation>
    </message>
    <message>
        <source>A change request that is %1 cannot become %2.</source>
        <translation>状态为 %1 的变更申请不能改为 %2。</translation>
    </message>
    <message>
        <source>Say who decided the change request.</source>
        <translation>请注明变更申请的决定人。</translation>
    </message>
    <message>
        <source>A large change needs a change-board meeting before it is approved.</source>
        <translation>大变更需先召开变更评审会才能批准。</translation>
    </message>
    <message>
        <source>A large change needs the client's written confirmation before it is approved.</source>
        <translation>大变更需有客户的书面确认才能批准。</translation>
    </message>
    <message>
        <source>Unknown change-request status.</source>
        <translation>未知的变更申请状态。</translation>
    </message>
    <message>
        <source>Approve change request</source>
        <translation>批准变更申请</translation>
    </message>
    <message>
        <source>Reject change request</source>
        <translation>拒绝变更申请</translation>
    </message>
    <message>
        <source>Change change-request status</source>
        <translation>更改变更申请状态</translation>
    </message>
    <message>
        <source>This change request is part of a signed baseline and cannot be deleted.</source>
        <translation>该变更申请已包含在已签署的基线中，不能删除。</translation>
    </message>
    <message>
        <source>Delete change request</source>
        <translation>删除变更申请</translation>
    </message>
    <message>
        <source>%1 refers to %2, which has been deleted.</source>
        <translation>%1 涉及的 %2 已被删除。</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>重命名客户</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>对接人必须有姓名。</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加对接人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑对接人</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除对接人</translation>
    </message>
    <message>
        <source>An engagement needs a title.</source>
        <translation>项目必须有标题。</translation>
    </message>
    <message>
        <source>Add engagement</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Rename engagement</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>diagnosis title</source>
        <translation>诊断标题</translation>
    </message>
    <message>
        <source>Choose an engagement first.</source>
        <translation>请先选择咨询项目。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>添加诊断</translation>
    </message>
    <message>
        <source>Edit diagnosis</source>
        <translation>编辑诊断</translation>
    </message>
    <message>
        <source>Delete diagnosis</source>
        <translation>删除诊断</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>此类别已不存在。</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Reorder categories</source>
        <translation>调整类别顺序</translation>
    </message>
    <message>
        <source>Apply category preset</source>
        <translation>应用类别预设</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unknown verification status.</source>
        <translation>未知的验证状态。</translation>
    </message>
    <message>
        <source>A ruled-out cause cannot be the root cause.</source>
        <translation>已排除的原因不能是根本原因。</translation>
    </message>
    <message>
        <source>The parent cause no longer exists.</source>
        <translation>上级原因已不存在。</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>添加原因</translation>
    </message>
    <message>
        <source>This cause no longer exists.</source>
        <translation>此原因已不存在。</translation>
    </message>
    <message>
        <source>Edit cause text</source>
        <translation>编辑原因文字</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>编辑原因</translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <source>A cause cannot move under one of its own sub-causes.</source>
        <translation>原因不能移动到它自己的子原因下。</translation>
    </message>
    <message>
        <source>A cause can only move within its own diagnosis.</source>
        <translation>原因只能在所属诊断内移动。</translation>
    </message>
    <message>
        <source>Move cause</source>
        <translation>移动原因</translation>
    </message>
    <message>
        <source>The text of a {what} cannot be empty.</source>
        <translation>{what}的内容不能为空。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文字太长。</translation>
    </message>
    <message>
        <source>A phase is either a short-term fix or long-term prevention.</source>
        <translation>阶段只能是短期修复或长期预防。</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>This diagnosis no longer exists.</source>
        <translation>此诊断已不存在。</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>编辑阶段</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>A deadline is a date such as 2026-03-31.</source>
        <translation>时间节点须为日期，如 2026-03-31。</translation>
    </message>
    <message>
        <source>A task can only address a cause of its own diagnosis.</source>
        <translation>任务只能针对所属诊断中的原因。</translation>
    </message>
    <message>
        <source>This phase no longer exists.</source>
        <translation>此阶段已不存在。</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>此任务已不存在。</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Unknown case field: %s</source>
        <translation>未知的事项字段：%s</translation>
    </message>
    <message>
        <source>A dispute case needs a title (what is disputed).</source>
        <translation>争议事项需要标题（哪个数据存在争议）。</translation>
    </message>
    <message>
        <source>The client's expected value</source>
        <translation>客户预期值</translation>
    </message>
    <message>
        <source>The computed value</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>%s must be a number (for example 1250 or 1,250.5), not “%s”.</source>
        <translation>%s必须是数字（例如 1250 或 1,250.5），而不是“%s”。</translation>
    </message>
    <message>
        <source>Unknown root cause: %s</source>
        <translation>未知的差异原因：%s</translation>
    </message>
    <message>
        <source>Add dispute case</source>
        <translation>添加争议事项</translation>
    </message>
    <message>
        <source>Edit dispute case</source>
        <translation>编辑争议事项</translation>
    </message>
    <message>
        <source>The dispute case no longer exists.</source>
        <translation>该争议事项已不存在。</translation>
    </message>
    <message>
        <source>Change case status</source>
        <translation>更改事项状态</translation>
    </message>
    <message>
        <source>Delete dispute case</source>
        <translation>删除争议事项</translation>
    </message>
    <message>
        <source>The file “%s” does not exist (it may have been moved or deleted).</source>
        <translation>文件“%s”不存在（可能已被移动或删除）。</translation>
    </message>
    <message>
        <source>“%s” is a folder; drop or choose the files inside it instead.</source>
        <translation>“%s”是文件夹，请拖入或选择其中的文件。</translation>
    </message>
    <message>
        <source>“%s” is not a regular file.</source>
        <translation>“%s”不是普通文件。</translation>
    </message>
    <message>
        <source>The file “%s” cannot be read; check its permissions.</source>
        <translation>无法读取文件“%s”，请检查权限。</translation>
    </message>
    <message>
        <source>The file “%s” could not be copied into the workspace; nothing was attached.</source>
        <translation>文件“%s”无法复制到工作区，未附加任何内容。</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Add evidence with files</source>
        <translation>由文件添加证据</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>The evidence item no longer exists.</source>
        <translation>该证据已不存在。</translation>
    </message>
    <message>
        <source>This file is already attached to the item.</source>
        <translation>此文件已附加到此证据。</translation>
    </message>
    <message>
        <source>These files are already attached to the item.</source>
        <translation>这些文件已附加到此证据。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>评审人需要姓名。</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>添加评审人</translation>
    </message>
    <message>
        <source>Edit reviewer</source>
        <translation>编辑评审人</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>移除评审人</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>The meeting date must look like 2025-03-31.</source>
        <translation>会议日期格式应为 2025-03-31。</translation>
    </message>
    <message>
        <source>An action item is either ours or the client's.</source>
        <translation>待办事项只能属于我方或客户方。</translation>
    </message>
    <message>
        <source>The due date must look like 2025-03-31.</source>
        <translation>完成时间的格式应为 2025-03-31。</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>移除待办事项</translation>
    </message>
    <message>
        <source>Unknown evidence field: %s</source>
        <translation>未知的证据字段：%s</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>证据需要标题。</translation>
    </message>
    <message>
        <source>Unknown kind of evidence: %s</source>
        <translation>未知的证据类别：%s</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation>证据不能与自身关联。</translation>
    </message>
    <message>
        <source>Only items of the same case can be linked.</source>
        <translation>只能关联同一事项中的证据。</translation>
    </message>
    <message>
        <source>These two items are already linked.</source>
        <translation>这两项证据已关联。</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>A date must look like 2026-03-31.</source>
        <translation>日期格式应为 2026-03-31。</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>添加访谈</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>编辑访谈</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>删除访谈</translation>
    </message>
    <message>
        <source>Edit interview answer</source>
        <translation>编辑访谈回答</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>问题不能为空。</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>会议需要标题。</translation>
    </message>
    <message>
        <source>Unknown kind of meeting: %s</source>
        <translation>未知的会议类型：%s</translation>
    </message>
    <message>
        <source>Unknown phase: %s</source>
        <translation>未知的阶段：%s</translation>
    </message>
    <message>
        <source>A meeting time must look like 2026-03-31 or 2026-03-31T14:00.</source>
        <translation>会议时间格式应为 2026-03-31 或 2026-03-31T14:00。</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>添加会议</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>A decision needs a text.</source>
        <translation>决议需要内容。</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决议</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>该决议已不存在。</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>编辑决议</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>删除决议</translation>
    </message>
    <message>
        <source>Confirm minutes</source>
        <translation>确认会议纪要</translation>
    </message>
    <message>
        <source>Say who confirmed the minutes.</source>
        <translation>请填写确认纪要的人。</translation>
    </message>
    <message>
        <source>The minutes have not been sent yet; mark them sent first.</source>
        <translation>纪要尚未发送，请先标记为已发送。</translation>
    </message>
    <message>
        <source>Import requirement</source>
        <translation>导入需求</translation>
    </message>
    <message numerus="yes">
        <source>Import %n requirements</source>
        <translation><numerusform>导入 %n 条需求</numerusform></translation>
    </message>
    <message>
        <source>These codes already exist in the engagement: %1.</source>
        <translation>这些编号在该项目中已存在：%1。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>评分为 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>Open 5-Why review</source>
        <translation>开启 5-Why 分析</translation>
    </message>
    <message>
        <source>A quarter looks like 2026-Q3.</source>
        <translation>季度格式应为 2026-Q3。</translation>
    </message>
    <message>
        <source>There is already a review for %s.</source>
        <translation>%s 已有满意度评估。</translation>
    </message>
    <message>
        <source>Add satisfaction review</source>
        <translation>添加满意度评估</translation>
    </message>
    <message>
        <source>The satisfaction review no longer exists.</source>
        <translation>该满意度评估已不存在。</translation>
    </message>
    <message>
        <source>Edit satisfaction review</source>
        <translation>编辑满意度评估</translation>
    </message>
    <message>
        <source>Delete satisfaction review</source>
        <translation>删除满意度评估</translation>
    </message>
    <message>
        <source>Unknown dimension: %s</source>
        <translation>未知的评估维度：%s</translation>
    </message>
    <message>
        <source>Edit 5-Why review</source>
        <translation>编辑 5-Why 分析</translation>
    </message>
    <message>
        <source>Delete 5-Why review</source>
        <translation>删除 5-Why 分析</translation>
    </message>
    <message>
        <source>A lesson needs a text.</source>
        <translation>经验需要内容。</translation>
    </message>
    <message>
        <source>Unknown kind of lesson: %s</source>
        <translation>未知的经验类型：%s</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>添加经验</translation>
    </message>
    <message>
        <source>The lesson no longer exists.</source>
        <translation>该经验已不存在。</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>编辑经验</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>删除经验</translation>
    </message>
    <message>
        <source>A date is written like 2026-03-31 (year-month-day).</source>
        <translation>日期格式应为 2026-03-31（年-月-日）。</translation>
    </message>
    <message>
        <source>A time is written like 2026-03-31 14:05 (year-month-day hour:minute).</source>
        <translation>时间格式应为 2026-03-31 14:05（年-月-日 时:分）。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The record being edited no longer exists.</source>
        <translation>要编辑的记录已不存在。</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>PDF export needs LibreOffice or Microsoft Word, and neither was found on this computer. Install LibreOffice (free) to export PDFs; the Word file is written either way.</source>
        <translation>导出 PDF 需要 LibreOffice 或 Microsoft Word，但本机两者都未找到。请安装免费的 LibreOffice 以导出 PDF；Word 文件照常生成。</translation>
    </message>
    <message>
        <source>The PDF of {name} could not be made.</source>
        <translation>无法生成 {name} 的 PDF。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name} ({reason}).</source>
        <translation>LibreOffice 无法转换 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>Word could not convert {name} ({reason}).</source>
        <translation>Word 无法转换 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation>无法写入 {name}：{reason}</translation>
    </message>
    <message>
        <source>Could not replace {name}; it may be open in another program ({reason}).</source>
        <translation>无法替换 {name}，它可能正被其他程序打开（{reason}）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} is read-only or open in another program; choose another name.</source>
        <translation>{name} 为只读或正被其他程序打开，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another folder.</source>
        <translation>文件夹 {folder} 为只读，请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The disk is full, so the change was not saved; free some space and try again.</source>
        <translation>磁盘已满，更改未保存；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was written; free some space and try again.</source>
        <translation>{path} 所在的磁盘已满，未写入任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved; check the workspace folder's permissions.</source>
        <translation>数据库为只读，更改未保存；请检查工作区文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot create {path}; choose a folder you can write to.</source>
        <translation>无法创建 {path}；请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so the change was not saved; check the disk and try again.</source>
        <translation>磁盘报告了读写错误，更改未保存；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>Cannot write {path}: a part of that path is a file, not a folder.</source>
        <translation>无法写入 {path}：该路径中有一部分是文件而不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>无法写入 {path}：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: permission denied.</source>
        <translation>无法写入 {path}：权限不足。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>无法写入 {path}：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer ConsultDesk; update ConsultDesk to open it. The file was left untouched.</source>
        <translation>数据库 {path} 由更新版本的 ConsultDesk 写入；请升级 ConsultDesk 后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; ConsultDesk left it untouched. Move it away or choose another workspace folder.</source>
        <translation>{path} 是一个文件夹，不是数据库文件；ConsultDesk 未改动它。请将其移走或选择其他工作区文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the database file {path} ({reason}).</source>
        <translation>无法读取数据库文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Unfinished new database {name} ({size}), left by an interrupted first start.</source>
        <translation>未完成的新数据库 {name}（{size}），由中断的首次启动遗留。</translation>
    </message>
    <message>
        <source>Unfinished backup {name} ({size}), left by an interrupted backup.</source>
        <translation>未完成的备份 {name}（{size}），由中断的备份遗留。</translation>
    </message>
    <message>
        <source>Unfinished evidence copy {name} ({size}), left by an interrupted attach.</source>
        <translation>未完成的证据文件副本 {name}（{size}），由中断的附加操作遗留。</translation>
    </message>
    <message>
        <source>Stored file {name} ({size}) belongs to no evidence item.</source>
        <translation>已存储的文件 {name}（{size}）不属于任何证据条目。</translation>
    </message>
    <message>
        <source>ConsultDesk removes it the next time it opens this workspace for writing.</source>
        <translation>ConsultDesk 下次以写入方式打开此工作区时会将其删除。</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but the backup made before it failed: {reason}</source>
        <translation>工作区需要升级，但升级前的备份失败：{reason}</translation>
    </message>
</context>
</TS>