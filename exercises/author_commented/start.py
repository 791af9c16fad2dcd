articles = Article.objects.order_by('pk')
for article in articles:
    replied = article.comment_set.filter(user_id=article.user_id).exists()
    print(article.pk, article.title, replied)
