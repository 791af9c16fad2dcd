from django.db.models import Exists, OuterRef

own_comments = Comment.objects.filter(article=OuterRef('pk'), user=OuterRef('user'))
articles = Article.objects.annotate(replied=Exists(own_comments)).order_by('pk')
for article in articles:
    print(article.pk, article.title, article.replied)
